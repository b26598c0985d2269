package org.ducha.attachment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code ducha.attachments.*}: {@code dir} (default {@code ${ducha.data-dir}/attachments}),
 * {@code max-size} (50MB), {@code always-strip-metadata} (false: only public uploads),
 * {@code clamd.host} (empty: no virus scan), {@code clamd.port} (3310), {@code clamd.timeout} (30s).
 */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

	@Bean
	LocalDirectoryContentStore attachmentContentStore(
			@Value("${ducha.attachments.dir:${ducha.data-dir}/attachments}") Path dir) throws IOException {
		return new LocalDirectoryContentStore(dir);
	}

	@Bean
	ClamdClient clamdClient(@Value("${ducha.attachments.clamd.host:}") String host,
			@Value("${ducha.attachments.clamd.port:3310}") int port,
			@Value("${ducha.attachments.clamd.timeout:30s}") Duration timeout) {
		return new ClamdClient(host, port, timeout);
	}

	@Bean
	ContentTypeDetector contentTypeDetector() {
		return new ContentTypeDetector();
	}

	@Bean
	ImageMetadataStripper imageMetadataStripper() {
		return new ImageMetadataStripper();
	}
}
