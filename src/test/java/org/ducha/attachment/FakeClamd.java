package org.ducha.attachment;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the ClamAV daemon on a loopback ephemeral port, speaking its INSTREAM protocol:
 * content holding {@link #VIRUS_MARKER} is "infected", content holding {@link #ERROR_MARKER} gets
 * clamd's error reply, anything else is OK. Keeps what it received.
 */
final class FakeClamd implements AutoCloseable {

	static final String VIRUS_MARKER = "DUCHA-TEST-VIRUS-MARKER";
	static final String ERROR_MARKER = "DUCHA-TEST-SCANNER-ERROR";
	static final String SIGNATURE = "Ducha.Test.Marker-1";

	private final ServerSocket server;
	private final List<byte[]> received = new CopyOnWriteArrayList<>();
	private final List<String> commands = new CopyOnWriteArrayList<>();

	FakeClamd() throws IOException {
		server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::serve);
	}

	int port() {
		return server.getLocalPort();
	}

	List<byte[]> received() {
		return received;
	}

	List<String> commands() {
		return commands;
	}

	private void serve() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				answer(socket);
			}
			catch (IOException e) {
				// closed, or a client went away
			}
		}
	}

	private void answer(Socket socket) throws IOException {
		DataInputStream in = new DataInputStream(socket.getInputStream());
		ByteArrayOutputStream command = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0) {
			command.write(b);
		}
		commands.add(command.toString(StandardCharsets.US_ASCII));
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		int length;
		while ((length = in.readInt()) > 0) {
			content.write(in.readNBytes(length));
		}
		byte[] bytes = content.toByteArray();
		received.add(bytes);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		String reply = text.contains(VIRUS_MARKER) ? "stream: " + SIGNATURE + " FOUND"
				: text.contains(ERROR_MARKER) ? "INSTREAM size limit exceeded. ERROR" : "stream: OK";
		OutputStream out = socket.getOutputStream();
		out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
