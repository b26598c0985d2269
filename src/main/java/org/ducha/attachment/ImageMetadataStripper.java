package org.ducha.attachment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Removes the metadata that can identify a person or a place (EXIF with GPS, XMP, IPTC, comments,
 * timestamps) from JPEG, PNG, GIF and WebP images without re-encoding them: the segments, chunks or
 * blocks that carry it are dropped, every other byte is copied unchanged, and anything appended
 * after the image's end marker is dropped too.
 */
final class ImageMetadataStripper {

	/** The image is not well formed enough to be rewritten safely. */
	static final class MalformedImageException extends IOException {
		MalformedImageException(String message) {
			super(message);
		}
	}

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "iTXt", "zTXt", "tIME");
	private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
	private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);
	private static final Set<String> GIF_LOOP_EXTENSIONS = Set.of("NETSCAPE2.0", "ANIMEXTS1.0");
	private static final int WEBP_FLAG_EXIF = 0x08;
	private static final int WEBP_FLAG_XMP = 0x04;

	void strip(AllowedType type, Path source, Path target) throws IOException {
		if (type == AllowedType.WEBP) {
			stripWebp(source, target);
			return;
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(source));
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
			switch (type) {
				case JPEG -> stripJpeg(in, out);
				case PNG -> stripPng(in, out);
				case GIF -> stripGif(in, out);
				default -> throw new IllegalArgumentException("no metadata stripping for " + type);
			}
		}
		catch (EOFException e) {
			throw new MalformedImageException("image ends early");
		}
	}

	/**
	 * JPEG: drops APP1–APP15 (EXIF, XMP, IPTC/Photoshop, maker data…) and COM segments. Kept: APP0
	 * (JFIF), the ICC colour profile in APP2 and Adobe's APP14, which says how to read the colours.
	 */
	static void stripJpeg(InputStream source, OutputStream out) throws IOException {
		PushbackInputStream pushback = new PushbackInputStream(source, 2);
		DataInputStream in = new DataInputStream(pushback);
		if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
			throw new MalformedImageException("no JPEG start-of-image marker");
		}
		out.write(0xFF);
		out.write(0xD8);
		boolean scanned = false;
		while (true) {
			int prefix = pushback.read();
			if (prefix < 0 && scanned) {
				endJpeg(out);
				return;
			}
			if (prefix != 0xFF) {
				throw new MalformedImageException("JPEG marker expected");
			}
			int marker = in.readUnsignedByte();
			while (marker == 0xFF) {
				marker = in.readUnsignedByte();
			}
			if (marker == 0xD9) {
				endJpeg(out);
				return;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				out.write(0xFF);
				out.write(marker);
				continue;
			}
			int length = in.readUnsignedShort();
			if (length < 2) {
				throw new MalformedImageException("JPEG segment length " + length);
			}
			byte[] payload = new byte[length - 2];
			in.readFully(payload);
			if (keepJpegSegment(marker, payload)) {
				out.write(0xFF);
				out.write(marker);
				out.write(length >> 8);
				out.write(length & 0xFF);
				out.write(payload);
			}
			if (marker == 0xDA) {
				scanned = true;
				if (!copyEntropyCodedData(pushback, out)) {
					endJpeg(out);
					return;
				}
			}
		}
	}

	private static void endJpeg(OutputStream out) throws IOException {
		out.write(0xFF);
		out.write(0xD9);
	}

	private static boolean keepJpegSegment(int marker, byte[] payload) {
		if (marker == 0xFE) {
			return false;
		}
		if (marker >= 0xE1 && marker <= 0xEF) {
			return (marker == 0xE2 && startsWith(payload, ICC_PROFILE)) || (marker == 0xEE && startsWith(payload, ADOBE));
		}
		return true;
	}

	/**
	 * Copies scan data up to the next marker, which is pushed back for the segment loop. Returns
	 * false when the data ends without one (a truncated image, which decoders still show).
	 */
	private static boolean copyEntropyCodedData(PushbackInputStream in, OutputStream out) throws IOException {
		while (true) {
			int b = in.read();
			if (b < 0) {
				return false;
			}
			if (b != 0xFF) {
				out.write(b);
				continue;
			}
			int next = in.read();
			if (next < 0) {
				return false;
			}
			if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
				out.write(0xFF);
				out.write(next);
				continue;
			}
			in.unread(next);
			in.unread(0xFF);
			return true;
		}
	}

	/** PNG: drops eXIf, tEXt, iTXt, zTXt and tIME chunks; every other chunk is copied with its CRC. */
	static void stripPng(InputStream source, OutputStream out) throws IOException {
		DataInputStream in = new DataInputStream(source);
		byte[] signature = new byte[8];
		in.readFully(signature);
		if (!Arrays.equals(signature, PNG_SIGNATURE)) {
			throw new MalformedImageException("no PNG signature");
		}
		out.write(signature);
		while (true) {
			int length = in.readInt();
			if (length < 0) {
				throw new MalformedImageException("PNG chunk length " + Integer.toUnsignedString(length));
			}
			byte[] type = new byte[4];
			in.readFully(type);
			String name = new String(type, StandardCharsets.ISO_8859_1);
			if (PNG_METADATA_CHUNKS.contains(name)) {
				skipFully(in, length + 4L);
				continue;
			}
			out.write(new byte[] { (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length });
			out.write(type);
			copyFully(in, out, length + 4L);
			if (name.equals("IEND")) {
				return;
			}
		}
	}

	/** GIF: drops comment extensions and application extensions other than the animation loop count (XMP…). */
	static void stripGif(InputStream source, OutputStream out) throws IOException {
		DataInputStream in = new DataInputStream(source);
		byte[] header = new byte[13];
		in.readFully(header);
		String version = new String(header, 0, 6, StandardCharsets.ISO_8859_1);
		if (!version.equals("GIF87a") && !version.equals("GIF89a")) {
			throw new MalformedImageException("no GIF header");
		}
		out.write(header);
		copyFully(in, out, colourTableLength(header[10]));
		while (true) {
			int block = in.read();
			if (block < 0) {
				out.write(0x3B);
				return;
			}
			switch (block) {
				case 0x3B -> {
					out.write(block);
					return;
				}
				case 0x2C -> {
					byte[] descriptor = new byte[9];
					in.readFully(descriptor);
					out.write(block);
					out.write(descriptor);
					copyFully(in, out, colourTableLength(descriptor[8]) + 1L);
					copySubBlocks(in, out);
				}
				case 0x21 -> {
					int label = in.readUnsignedByte();
					if (label == 0xFE) {
						skipSubBlocks(in);
					}
					else if (label == 0xFF) {
						int size = in.readUnsignedByte();
						byte[] identifier = new byte[size];
						in.readFully(identifier);
						String application = new String(identifier, StandardCharsets.ISO_8859_1);
						if (GIF_LOOP_EXTENSIONS.contains(application)) {
							out.write(new byte[] { 0x21, (byte) 0xFF, (byte) size });
							out.write(identifier);
							copySubBlocks(in, out);
						}
						else {
							skipSubBlocks(in);
						}
					}
					else {
						out.write(block);
						out.write(label);
						copySubBlocks(in, out);
					}
				}
				default -> throw new MalformedImageException("unknown GIF block 0x" + Integer.toHexString(block));
			}
		}
	}

	private static long colourTableLength(byte packed) {
		return (packed & 0x80) == 0 ? 0 : 3L * (1 << ((packed & 0x07) + 1));
	}

	private static void copySubBlocks(DataInputStream in, OutputStream out) throws IOException {
		int size;
		do {
			size = in.readUnsignedByte();
			out.write(size);
			copyFully(in, out, size);
		}
		while (size != 0);
	}

	private static void skipSubBlocks(DataInputStream in) throws IOException {
		int size;
		do {
			size = in.readUnsignedByte();
			skipFully(in, size);
		}
		while (size != 0);
	}

	/**
	 * WebP (RIFF): drops the EXIF and XMP chunks, clears their flags in the VP8X header and writes
	 * the RIFF size of what is left.
	 */
	static void stripWebp(Path source, Path target) throws IOException {
		try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
			ByteBuffer header = readAt(in, 0, 12);
			if (!ascii(header, 0).equals("RIFF") || !ascii(header, 8).equals("WEBP")) {
				throw new MalformedImageException("no WebP header");
			}
			long end = Math.min(in.size(), 8L + Integer.toUnsignedLong(header.order(ByteOrder.LITTLE_ENDIAN).getInt(4)));
			record Chunk(String fourcc, long offset, long paddedSize) {
			}
			List<Chunk> kept = new ArrayList<>();
			long riffSize = 4;
			for (long offset = 12; offset < end;) {
				if (offset + 8 > end) {
					throw new MalformedImageException("truncated WebP chunk header");
				}
				ByteBuffer chunkHeader = readAt(in, offset, 8).order(ByteOrder.LITTLE_ENDIAN);
				long size = Integer.toUnsignedLong(chunkHeader.getInt(4));
				long padded = size + (size & 1);
				if (offset + 8 + padded > end) {
					throw new MalformedImageException("truncated WebP chunk");
				}
				String fourcc = ascii(chunkHeader, 0);
				if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
					kept.add(new Chunk(fourcc, offset, padded));
					riffSize += 8 + padded;
				}
				offset += 8 + padded;
			}
			if (riffSize > 0xFFFFFFFFL) {
				throw new MalformedImageException("WebP too large");
			}
			try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer riff = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
				riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt((int) riffSize)
					.put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).flip();
				writeFully(out, riff);
				for (Chunk chunk : kept) {
					if (chunk.fourcc().equals("VP8X") && chunk.paddedSize() > 0) {
						ByteBuffer vp8x = readAt(in, chunk.offset(), (int) (8 + chunk.paddedSize()));
						vp8x.put(8, (byte) (vp8x.get(8) & ~(WEBP_FLAG_EXIF | WEBP_FLAG_XMP)));
						writeFully(out, vp8x);
					}
					else {
						long position = chunk.offset();
						long remaining = 8 + chunk.paddedSize();
						while (remaining > 0) {
							long sent = in.transferTo(position, remaining, out);
							position += sent;
							remaining -= sent;
						}
					}
				}
			}
		}
	}

	private static ByteBuffer readAt(FileChannel in, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining()) {
			if (in.read(buffer, position + buffer.position()) < 0) {
				throw new MalformedImageException("image ends early");
			}
		}
		return buffer.flip();
	}

	private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			out.write(buffer);
		}
	}

	private static String ascii(ByteBuffer buffer, int index) {
		byte[] b = new byte[4];
		buffer.get(index, b);
		return new String(b, StandardCharsets.ISO_8859_1);
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int read(InputStream in) throws IOException {
		int b = in.read();
		if (b < 0) {
			throw new EOFException();
		}
		return b;
	}

	private static void copyFully(InputStream in, OutputStream out, long n) throws IOException {
		byte[] buffer = new byte[8192];
		long left = n;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new EOFException();
			}
			out.write(buffer, 0, read);
			left -= read;
		}
	}

	private static void skipFully(InputStream in, long n) throws IOException {
		long left = n;
		while (left > 0) {
			long skipped = in.skip(left);
			if (skipped <= 0) {
				read(in);
				skipped = 1;
			}
			left -= skipped;
		}
	}
}
