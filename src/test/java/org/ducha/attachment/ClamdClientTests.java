package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClamdClientTests {

	final FakeClamd clamd;
	final ClamdClient client;

	ClamdClientTests() throws IOException {
		clamd = new FakeClamd();
		client = new ClamdClient(InetAddress.getLoopbackAddress().getHostAddress(), clamd.port(), Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() throws IOException {
		clamd.close();
	}

	@Test
	void cleanContentIsReportedOkAfterTheWholeStreamWasSent() {
		byte[] content = new byte[200_000];
		new Random(1).nextBytes(content);

		ClamdClient.Verdict verdict = client.scan(new ByteArrayInputStream(content));

		assertThat(verdict.infected()).isFalse();
		assertThat(clamd.commands()).containsExactly("zINSTREAM");
		assertThat(clamd.received()).singleElement().isEqualTo(content);
	}

	@Test
	void foundContentIsReportedInfectedWithTheSignature() {
		ClamdClient.Verdict verdict = client.scan(new ByteArrayInputStream(SampleFiles.text("x " + FakeClamd.VIRUS_MARKER)));

		assertThat(verdict.infected()).isTrue();
		assertThat(verdict.signature()).isEqualTo(FakeClamd.SIGNATURE);
	}

	@Test
	void anErrorReplyMeansTheScannerIsUnavailable() {
		assertThatThrownBy(() -> client.scan(new ByteArrayInputStream(SampleFiles.text(FakeClamd.ERROR_MARKER))))
			.isInstanceOf(ScannerUnavailableException.class)
			.hasMessageContaining("ERROR");
	}

	@Test
	void aScannerThatIsNotListeningIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		ClamdClient absent = new ClamdClient("127.0.0.1", closedPort, Duration.ofSeconds(2));

		assertThatThrownBy(() -> absent.scan(new ByteArrayInputStream(new byte[] { 1 })))
			.isInstanceOf(ScannerUnavailableException.class);
	}

	@Test
	void anEmptyHostMeansNoScannerIsConfigured() {
		assertThat(new ClamdClient("", 3310, Duration.ofSeconds(1)).configured()).isFalse();
		assertThat(new ClamdClient("  ", 3310, Duration.ofSeconds(1)).configured()).isFalse();
		assertThat(client.configured()).isTrue();
	}

	@Test
	void repliesAreParsedAsClamdWritesThem() {
		assertThat(ClamdClient.parse("stream: OK").infected()).isFalse();
		assertThat(ClamdClient.parse("stream: Win.Test.EICAR_HDB-1 FOUND\n").signature()).isEqualTo("Win.Test.EICAR_HDB-1");
		assertThatThrownBy(() -> ClamdClient.parse("stream: lstat() failed. ERROR"))
			.isInstanceOf(ScannerUnavailableException.class);
	}
}
