package org.ducha.attachment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * One Spring context for the attachment integration tests: no virus scanner, a 256 KB size limit,
 * content under {@link #DIR}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ducha.attachments.dir=" + AttachmentIntegrationTest.DIR,
		"ducha.attachments.max-size=256KB" })
@AutoConfigureMockMvc
@Import(AttachmentTestConfiguration.class)
@interface AttachmentIntegrationTest {

	String DIR = "target/test-attachments/main";
}
