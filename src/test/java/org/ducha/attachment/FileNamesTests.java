package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void onlyTheLastPathSegmentIsKept() {
		assertThat(FileNames.sanitize("C:\\Users\\zhang\\证据.jpg", AllowedType.JPEG)).isEqualTo("证据.jpg");
		assertThat(FileNames.sanitize("../../etc/passwd.txt", AllowedType.TEXT)).isEqualTo("passwd.txt");
	}

	@Test
	void controlAndBidiOverrideCharactersAreRemoved() {
		assertThat(FileNames.sanitize("photo\u202Egpj.exe", AllowedType.JPEG)).isEqualTo("photogpj.exe.jpg");
		assertThat(FileNames.sanitize("a\u0000b\nc.pdf", AllowedType.PDF)).isEqualTo("abc.pdf");
	}

	@Test
	void aNameWhoseExtensionDoesNotFitTheContentGetsTheContentsExtension() {
		assertThat(FileNames.sanitize("run.bat", AllowedType.TEXT)).isEqualTo("run.bat.txt");
		assertThat(FileNames.sanitize("scan.PDF", AllowedType.PDF)).isEqualTo("scan.PDF");
		assertThat(FileNames.sanitize("IMG_0001.jpeg", AllowedType.JPEG)).isEqualTo("IMG_0001.jpeg");
		assertThat(FileNames.sanitize("noextension", AllowedType.DOCX)).isEqualTo("noextension.docx");
	}

	@Test
	void aMissingOrEmptyNameBecomesAttachment() {
		assertThat(FileNames.sanitize(null, AllowedType.PNG)).isEqualTo("attachment.png");
		assertThat(FileNames.sanitize(" ... ", AllowedType.PNG)).isEqualTo("attachment.png");
	}

	@Test
	void aLongNameIsCutToTwoHundredCharactersKeepingItsExtension() {
		String name = FileNames.sanitize("举".repeat(300) + ".docx", AllowedType.DOCX);
		assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("举.docx");

		String emoji = FileNames.sanitize("😀".repeat(150) + ".txt", AllowedType.TEXT);
		assertThat(emoji.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
		assertThat(emoji).endsWith("😀.txt");
		assertThat(emoji.codePoints().allMatch(c -> c == 0x1F600 || ".txt".indexOf(c) >= 0)).isTrue();
	}
}
