package org.ducha.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of the identity vault, kept outside the database: from {@code DUCHA_IDENTITY_KEYS}
 * ({@code id1:base64key,id2:base64key}, the first is current) when set, otherwise from the key file
 * (one {@code id:base64key} per line, the first is current), created with one fresh random key on
 * first start (file mode 600). Old keys stay for reading. When a value names an unknown key the key
 * file is read again, so a rotation done by another node is picked up without a restart. Keys are
 * never logged.
 */
final class IdentityKeyRing {

	private static final Logger log = LoggerFactory.getLogger(IdentityKeyRing.class);
	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	/** The key ids in order (first = current) with their keys. */
	record Keys(String currentId, Map<String, byte[]> byId) {
	}

	private final FieldCipher.Algorithm algorithm;
	private final Path file;
	private final boolean fromEnvironment;
	private final SecureRandom random = new SecureRandom();
	private volatile Keys keys;
	private volatile java.nio.file.attribute.FileTime readVersion;
	private volatile long nextCheck;

	private IdentityKeyRing(FieldCipher.Algorithm algorithm, Path file, boolean fromEnvironment, Keys keys) {
		this.algorithm = algorithm;
		this.file = file;
		this.fromEnvironment = fromEnvironment;
		this.keys = keys;
	}

	/** Keys given inline (the environment variable's format). */
	static IdentityKeyRing fromSpec(FieldCipher.Algorithm algorithm, String spec) {
		Keys keys = parse(algorithm, List.of(spec.split(",")), "DUCHA_IDENTITY_KEYS");
		log.info("Identity vault: {} keys from DUCHA_IDENTITY_KEYS, current key id {}", keys.byId().size(), keys.currentId());
		return new IdentityKeyRing(algorithm, null, true, keys);
	}

	/** Keys from the key file, created with one fresh key when it does not exist. */
	static IdentityKeyRing fromFile(FieldCipher.Algorithm algorithm, Path file) {
		IdentityKeyRing ring = new IdentityKeyRing(algorithm, file, false, null);
		try {
			if (Files.notExists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				ring.write(List.of(ring.newKeyLine()));
				log.info("Identity vault: created key file {} with a new random key", file.toAbsolutePath());
			}
			ring.keys = ring.read();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the identity key file " + file, e);
		}
		log.info("Identity vault: {} keys from {}, current key id {}", ring.keys.byId().size(), file.toAbsolutePath(),
				ring.keys.currentId());
		return ring;
	}

	FieldCipher.Algorithm algorithm() {
		return algorithm;
	}

	/** The current key's id; a key file changed by a rotation on another node is read again (checked every 10 s). */
	String currentId() {
		refreshIfChanged();
		return keys.currentId();
	}

	byte[] current() {
		refreshIfChanged();
		Keys snapshot = keys;
		return snapshot.byId().get(snapshot.currentId());
	}

	private void refreshIfChanged() {
		if (file == null || System.nanoTime() < nextCheck) {
			return;
		}
		synchronized (this) {
			try {
				if (!Files.getLastModifiedTime(file).equals(readVersion)) {
					keys = read();
				}
			}
			catch (IOException e) {
				log.warn("Identity vault: cannot check the key file {}: {}", file.toAbsolutePath(), e.getMessage());
			}
			nextCheck = System.nanoTime() + 10_000_000_000L;
		}
	}

	/** The key with this id; the key file is read again once when it is not known yet. */
	byte[] key(String id) {
		byte[] key = keys.byId().get(id);
		if (key == null && file != null) {
			synchronized (this) {
				try {
					keys = read();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			key = keys.byId().get(id);
		}
		if (key == null) {
			throw new IllegalStateException("identity key " + id + " is not available");
		}
		return key;
	}

	boolean isFromEnvironment() {
		return fromEnvironment;
	}

	/** Puts a fresh random key first in the key file, keeping the others for reading; returns its id. */
	synchronized String addCurrentKey() {
		if (file == null) {
			throw new IllegalStateException("keys come from DUCHA_IDENTITY_KEYS: put the new key first there");
		}
		try {
			List<String> lines = new ArrayList<>();
			lines.add(newKeyLine());
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.trim());
				}
			}
			write(lines);
			keys = read();
			return keys.currentId();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String newKeyLine() {
		byte[] key = new byte[algorithm.keyBytes()];
		random.nextBytes(key);
		byte[] idBytes = new byte[6];
		random.nextBytes(idBytes);
		String id = "k" + HexFormat.of().formatHex(idBytes);
		return id + ":" + Base64.getEncoder().encodeToString(key);
	}

	private Keys read() throws IOException {
		readVersion = Files.getLastModifiedTime(file);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
			.map(String::trim)
			.filter(l -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
		return parse(algorithm, lines, file.toString());
	}

	private void write(List<String> lines) throws IOException {
		Path temp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.deleteIfExists(temp);
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		if (posix) {
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.write(temp, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		try {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Keys parse(FieldCipher.Algorithm algorithm, List<String> entries, String source) {
		Map<String, byte[]> byId = new LinkedHashMap<>();
		for (String entry : entries) {
			String trimmed = entry.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			int colon = trimmed.indexOf(':');
			if (colon < 1) {
				throw new IllegalStateException("identity keys in " + source + ": expected id:base64key");
			}
			String id = trimmed.substring(0, colon);
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalStateException("identity keys in " + source + ": bad key id " + id);
			}
			byte[] key;
			try {
				key = Base64.getDecoder().decode(trimmed.substring(colon + 1).trim());
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException("identity keys in " + source + ": key " + id + " is not base64");
			}
			if (key.length != algorithm.keyBytes()) {
				throw new IllegalStateException("identity keys in " + source + ": key " + id + " must be "
						+ algorithm.keyBytes() + " bytes for " + algorithm);
			}
			if (byId.putIfAbsent(id, key) != null) {
				throw new IllegalStateException("identity keys in " + source + ": key id " + id + " appears twice");
			}
		}
		if (byId.isEmpty()) {
			throw new IllegalStateException("identity keys in " + source + ": no key");
		}
		return new Keys(byId.keySet().iterator().next(), Map.copyOf(byId));
	}
}
