package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageMetadataStripperTests {

	final ImageMetadataStripper stripper = new ImageMetadataStripper();

	@TempDir
	Path dir;

	@Test
	void jpegLosesExifWithGpsXmpAndCommentsAndKeepsEveryImageByte() throws IOException {
		byte[] original = SampleFiles.jpeg();
		byte[] withGps = SampleFiles.jpegWithGps();
		assertThat(SampleFiles.contains(withGps, "Exif")).isTrue();
		assertThat(SampleFiles.decode(withGps)).as("the photo with GPS is a valid JPEG").isNotNull();

		byte[] stripped = strip(AllowedType.JPEG, withGps);

		assertThat(SampleFiles.contains(stripped, "Exif")).isFalse();
		assertThat(SampleFiles.contains(stripped, SampleFiles.GPS_LATITUDE_39_54_27)).isFalse();
		assertThat(SampleFiles.contains(stripped, "xap/1.0")).isFalse();
		assertThat(SampleFiles.contains(stripped, "Zhang San")).isFalse();
		assertThat(stripped).isEqualTo(original);
		assertSamePixels(SampleFiles.decode(stripped), SampleFiles.decode(original));
	}

	@Test
	void jpegKeepsItsColourProfileAndAdobeColourTransform() throws IOException {
		byte[] kept = SampleFiles.withSegments(SampleFiles.jpeg(), SampleFiles.iccApp2(), SampleFiles.adobeApp14());
		byte[] input = SampleFiles.withSegments(SampleFiles.jpeg(), SampleFiles.exifApp1WithGps(), SampleFiles.iccApp2(),
				SampleFiles.commentSegment("secret"), SampleFiles.adobeApp14());

		assertThat(strip(AllowedType.JPEG, input)).isEqualTo(kept);
	}

	@Test
	void progressiveJpegWithManyScansIsCopiedWhole() throws IOException {
		byte[] original = SampleFiles.progressiveJpeg();

		byte[] stripped = strip(AllowedType.JPEG, SampleFiles.withSegments(original, SampleFiles.exifApp1WithGps()));

		assertThat(stripped).isEqualTo(original);
		assertThat(SampleFiles.decode(stripped)).isNotNull();
	}

	@Test
	void whateverFollowsTheEndOfTheJpegIsDropped() throws IOException {
		byte[] original = SampleFiles.jpeg();
		byte[] secondImageWithExif = SampleFiles.withSegments(SampleFiles.jpeg(), SampleFiles.exifApp1WithGps());

		byte[] stripped = strip(AllowedType.JPEG, SampleFiles.concat(original, secondImageWithExif));

		assertThat(stripped).isEqualTo(original);
	}

	@Test
	void aJpegWithABrokenSegmentIsMalformed() {
		byte[] broken = Arrays.copyOf(SampleFiles.jpegWithGps(), 30);

		assertThatThrownBy(() -> strip(AllowedType.JPEG, broken))
			.isInstanceOf(ImageMetadataStripper.MalformedImageException.class);
	}

	@Test
	void pngLosesTextExifAndTimeChunksAndKeepsTheImageChunks() throws IOException {
		byte[] original = SampleFiles.png();
		byte[] withText = SampleFiles.pngWithTextChunks(original);
		assertThat(SampleFiles.decode(withText)).as("the PNG with text chunks is valid").isNotNull();

		byte[] stripped = strip(AllowedType.PNG, withText);

		assertThat(stripped).isEqualTo(original);
		assertThat(SampleFiles.contains(stripped, "Zhang San")).isFalse();
		assertSamePixels(SampleFiles.decode(stripped), SampleFiles.picture());
	}

	@Test
	void gifLosesCommentsAndXmpButKeepsItsAnimationLoop() throws IOException {
		byte[] original = SampleFiles.gif();
		byte[] expected = SampleFiles.gifWith(original, SampleFiles.gifLoopExtension());
		byte[] input = SampleFiles.gifWith(original,
				SampleFiles.concat(SampleFiles.gifLoopExtension(), SampleFiles.gifCommentAndXmp()));
		assertThat(SampleFiles.decode(input)).isNotNull();

		byte[] stripped = strip(AllowedType.GIF, input);

		assertThat(stripped).isEqualTo(expected);
		assertThat(SampleFiles.decode(stripped)).isNotNull();
	}

	@Test
	void webpLosesExifAndXmpChunksAndTheirFlags() throws IOException {
		byte[] stripped = strip(AllowedType.WEBP, SampleFiles.webpWithExifAndXmp());

		assertThat(stripped).isEqualTo(SampleFiles.webp(0x10, SampleFiles.webpImageChunk()));
		assertThat(ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN).getInt(4)).isEqualTo(stripped.length - 8);
	}

	private byte[] strip(AllowedType type, byte[] content) throws IOException {
		Path source = Files.write(dir.resolve("in-" + System.nanoTime()), content);
		Path target = dir.resolve("out-" + System.nanoTime());
		stripper.strip(type, source, target);
		return Files.readAllBytes(target);
	}

	private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
		assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
		assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				assertThat(actual.getRGB(x, y)).isEqualTo(expected.getRGB(x, y));
			}
		}
	}
}
