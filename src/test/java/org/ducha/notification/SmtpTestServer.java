package org.ducha.notification;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A minimal SMTP peer on a loopback ephemeral port (HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT)
 * that keeps every message it receives, and counts connections.
 */
final class SmtpTestServer implements AutoCloseable {

	record Received(List<String> recipients, MimeMessage message) {
	}

	private final ServerSocket socket;
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private final AtomicInteger connections = new AtomicInteger();

	SmtpTestServer() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::acceptLoop);
	}

	int port() {
		return socket.getLocalPort();
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	int connections() {
		return connections.get();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

	private void acceptLoop() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				connections.incrementAndGet();
				Thread.ofVirtual().start(() -> serve(client));
			}
			catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
				Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1)) {
			reply(out, "220 localhost test SMTP");
			List<String> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "HELO", "EHLO", "MAIL", "NOOP" -> reply(out, "250 OK");
					case "RSET" -> {
						recipients.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						recipients.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 End data with <CR><LF>.<CR><LF>");
						StringBuilder data = new StringBuilder();
						while (!(line = in.readLine()).equals(".")) {
							data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
						}
						MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
								new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.ISO_8859_1)));
						received.add(new Received(List.copyOf(recipients), message));
						recipients.clear();
						reply(out, "250 OK queued");
					}
					case "QUIT" -> {
						reply(out, "221 Bye");
						return;
					}
					default -> reply(out, "502 Command not implemented");
				}
			}
		}
		catch (Exception e) {
			// the client went away; nothing to keep
		}
	}

	private static void reply(Writer out, String text) throws IOException {
		out.write(text + "\r\n");
		out.flush();
	}
}
