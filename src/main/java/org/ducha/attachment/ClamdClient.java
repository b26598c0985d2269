package org.ducha.attachment;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of the ClamAV daemon's INSTREAM command over TCP: the content goes in chunks, each
 * preceded by its length (4 bytes, big-endian), a zero length ends it, and clamd answers
 * {@code stream: OK} or {@code stream: <signature> FOUND}. Not configured when the host is empty.
 * clamd refuses streams longer than its {@code StreamMaxLength} (25 MB by default): set it to at
 * least {@code ducha.attachments.max-size}.
 */
final class ClamdClient {

	/** What clamd said: infected with the named signature, or not. */
	record Verdict(boolean infected, String signature) {
	}

	private static final int CHUNK = 64 * 1024;
	private static final int MAX_REPLY = 4096;

	private final String host;
	private final int port;
	private final Duration timeout;

	ClamdClient(String host, int port, Duration timeout) {
		this.host = host == null ? "" : host.trim();
		this.port = port;
		this.timeout = timeout;
	}

	boolean configured() {
		return !host.isEmpty();
	}

	Verdict scan(InputStream content) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			socket.setSoTimeout((int) timeout.toMillis());
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			byte[] buffer = new byte[CHUNK];
			int read;
			while ((read = content.read(buffer)) > 0) {
				out.writeInt(read);
				out.write(buffer, 0, read);
			}
			out.writeInt(0);
			out.flush();
			return parse(readReply(socket.getInputStream()));
		}
		catch (IOException e) {
			throw new ScannerUnavailableException("clamd at " + host + ":" + port + " did not answer", e);
		}
	}

	static Verdict parse(String reply) {
		String text = reply.strip();
		if (text.startsWith("stream:")) {
			text = text.substring("stream:".length()).strip();
		}
		if (text.equals("OK")) {
			return new Verdict(false, null);
		}
		if (text.endsWith(" FOUND")) {
			return new Verdict(true, text.substring(0, text.length() - " FOUND".length()).strip());
		}
		throw new ScannerUnavailableException("clamd answered: " + reply.strip(), null);
	}

	private static String readReply(InputStream in) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0 && reply.size() < MAX_REPLY) {
			reply.write(b);
		}
		return reply.toString(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return configured() ? "clamd " + host + ":" + port : "clamd (not configured)";
	}
}
