package org.ducha.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of every kind the attachment module meets, built in memory. */
final class SampleFiles {

	static final byte[] GPS_LATITUDE_39_54_27 = rationals(39, 1, 54, 1, 2712, 100);

	private SampleFiles() {
	}

	// ---- images

	static BufferedImage picture() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.BLUE);
		g.fillOval(10, 8, 30, 30);
		g.dispose();
		return image;
	}

	static byte[] jpeg() {
		return write(picture(), "jpeg");
	}

	static byte[] progressiveJpeg() {
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
				writer.setOutput(ios);
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
				writer.write(null, new IIOImage(picture(), null, null), param);
			}
			writer.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] png() {
		return write(picture(), "png");
	}

	static byte[] gif() {
		return write(picture(), "gif");
	}

	static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no ImageIO writer for " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static BufferedImage decode(byte[] image) {
		try {
			return ImageIO.read(new ByteArrayInputStream(image));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A JPEG segment: marker, length, payload. */
	static byte[] jpegSegment(int marker, byte[] payload) {
		ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
		b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
		return b.array();
	}

	/**
	 * An APP1 Exif segment as cameras write it: a big-endian TIFF structure whose IFD0 names the
	 * camera and points to a GPS IFD with latitude 39°54'27.12"N and longitude 116°23'44.16"E.
	 */
	static byte[] exifApp1WithGps() {
		ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// IFD0 at 8: Make, GPSInfo pointer
		int ifd0Entries = 2;
		int gpsIfd = 8 + 2 + ifd0Entries * 12 + 4 + 12; // after IFD0 and the Make string
		int makeOffset = 8 + 2 + ifd0Entries * 12 + 4;
		tiff.putShort((short) ifd0Entries);
		entry(tiff, 0x010F, 2, 10, makeOffset);
		entry(tiff, 0x8825, 4, 1, gpsIfd);
		tiff.putInt(0);
		tiff.put("DuchaCam\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
		// GPS IFD: LatitudeRef, Latitude, LongitudeRef, Longitude
		int gpsEntries = 4;
		int latitudeOffset = gpsIfd + 2 + gpsEntries * 12 + 4;
		int longitudeOffset = latitudeOffset + 24;
		tiff.putShort((short) gpsEntries);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		entry(tiff, 0x0002, 5, 3, latitudeOffset);
		tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
		entry(tiff, 0x0004, 5, 3, longitudeOffset);
		tiff.putInt(0);
		tiff.put(GPS_LATITUDE_39_54_27);
		tiff.put(rationals(116, 1, 23, 1, 4416, 100));
		byte[] tiffBytes = new byte[tiff.position()];
		tiff.flip().get(tiffBytes);
		return jpegSegment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiffBytes));
	}

	static byte[] xmpApp1() {
		return jpegSegment(0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
				"<x:xmpmeta xmlns:x='adobe:ns:meta/'><exif:GPSLatitude>39,54.452N</exif:GPSLatitude></x:xmpmeta>"
					.getBytes(StandardCharsets.UTF_8)));
	}

	static byte[] iccApp2() {
		return jpegSegment(0xE2, concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII), new byte[] { 1, 1, 0, 0, 0, 0 }));
	}

	static byte[] adobeApp14() {
		return jpegSegment(0xEE, new byte[] { 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1 });
	}

	static byte[] commentSegment(String text) {
		return jpegSegment(0xFE, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The JPEG with the given segments inserted after its start-of-image marker and JFIF header. */
	static byte[] withSegments(byte[] jpeg, byte[]... segments) {
		int at = 2;
		if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
			at += 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		}
		return insert(jpeg, at, concat(segments));
	}

	/** The photo of an inspector's phone: EXIF with GPS, XMP, a comment. */
	static byte[] jpegWithGps() {
		return withSegments(jpeg(), exifApp1WithGps(), xmpApp1(), commentSegment("taken at home of Zhang San"));
	}

	static byte[] pngChunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue()).array();
	}

	/** A PNG with text, international text, compressed text, EXIF and time chunks after its header. */
	static byte[] pngWithTextChunks(byte[] png) {
		return insert(png, 8 + 25, concat(
				pngChunk("tEXt", "Author\0Zhang San".getBytes(StandardCharsets.ISO_8859_1)),
				pngChunk("iTXt", "Location\0\0\0zh\0\0Shanghai".getBytes(StandardCharsets.UTF_8)),
				pngChunk("zTXt", "Comment\0\0xxxx".getBytes(StandardCharsets.ISO_8859_1)),
				pngChunk("eXIf", Arrays.copyOfRange(exifApp1WithGps(), 10, exifApp1WithGps().length)),
				pngChunk("tIME", new byte[] { 0x07, (byte) 0xEA, 3, 14, 9, 30, 0 })));
	}

	static byte[] gifExtension(int label, byte[] firstBlock, byte[]... moreBlocks) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0x21);
		out.write(label);
		out.write(firstBlock.length);
		out.writeBytes(firstBlock);
		for (byte[] block : moreBlocks) {
			out.write(block.length);
			out.writeBytes(block);
		}
		out.write(0);
		return out.toByteArray();
	}

	static byte[] gifLoopExtension() {
		return gifExtension(0xFF, "NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII), new byte[] { 1, 0, 0 });
	}

	static byte[] gifCommentAndXmp() {
		return concat(gifExtension(0xFE, "taken at home of Zhang San".getBytes(StandardCharsets.US_ASCII)),
				gifExtension(0xFF, "XMP DataXMP".getBytes(StandardCharsets.US_ASCII),
						"<x:xmpmeta>39,54.452N</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
	}

	/** The GIF with {@code extensions} inserted before its trailer. */
	static byte[] gifWith(byte[] gif, byte[] extensions) {
		return insert(gif, gif.length - 1, extensions);
	}

	static byte[] riffChunk(String fourcc, byte[] data) {
		ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
		b.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return b.array();
	}

	static byte[] webp(int vp8xFlags, byte[]... chunks) {
		byte[] vp8x = riffChunk("VP8X", new byte[] { (byte) vp8xFlags, 0, 0, 0, 63, 0, 0, 47, 0, 0 });
		byte[] body = concat(vp8x, concat(chunks));
		return concat("RIFF".getBytes(StandardCharsets.US_ASCII),
				ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(4 + body.length).array(),
				"WEBP".getBytes(StandardCharsets.US_ASCII), body);
	}

	static byte[] webpImageChunk() {
		return riffChunk("VP8L", new byte[] { 0x2F, 0x3F, (byte) 0xC0, 0x0B, 0x00 });
	}

	static byte[] webpWithExifAndXmp() {
		return webp(0x10 | 0x08 | 0x04, webpImageChunk(),
				riffChunk("EXIF", Arrays.copyOfRange(exifApp1WithGps(), 10, exifApp1WithGps().length)),
				riffChunk("XMP ", "<x:xmpmeta>39,54.452N</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
	}

	static byte[] isoMedia(String majorBrand) {
		ByteBuffer b = ByteBuffer.allocate(64);
		b.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put(majorBrand.getBytes(StandardCharsets.US_ASCII))
			.putInt(0).put(majorBrand.getBytes(StandardCharsets.US_ASCII)).put("isom".getBytes(StandardCharsets.US_ASCII))
			.putInt(40).put("mdat".getBytes(StandardCharsets.US_ASCII));
		return b.array();
	}

	// ---- documents

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] docx() {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("整改报告");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] xlsx() {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("问题清单").createRow(0).createCell(0).setCellValue("违规吃喝");
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] pptx() {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			show.createSlide();
			show.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] xls() {
		try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("sheet").createRow(0).createCell(0).setCellValue("x");
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An OLE2 compound file holding the named streams (a .doc holds WordDocument, a .ppt "PowerPoint Document"). */
	static byte[] compoundFile(String... streams) {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String stream : streams) {
				if (stream.endsWith("/")) {
					fs.getRoot().createDirectory(stream.substring(0, stream.length() - 1)).createDocument("VBA",
							new ByteArrayInputStream(new byte[64]));
				}
				else {
					fs.createDocument(new ByteArrayInputStream(new byte[600]), stream);
				}
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The OOXML package with one more entry, e.g. a VBA project that makes it macro-enabled. */
	static byte[] withZipEntry(byte[] zip, String name, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				z.putNextEntry(new ZipEntry(e.getName()));
				in.transferTo(z);
				z.closeEntry();
			}
			z.putNextEntry(new ZipEntry(name));
			z.write(content);
			z.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static byte[] zip(String name, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			z.putNextEntry(new ZipEntry(name));
			z.write(content);
			z.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** An OpenDocument text: the uncompressed {@code mimetype} entry first, as ODF requires. */
	static byte[] odt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			z.putNextEntry(entry);
			z.write(mimetype);
			z.closeEntry();
			z.putNextEntry(new ZipEntry("content.xml"));
			z.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
			z.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	// ---- audio, text, executables

	static byte[] mp3() {
		return concat("ID3".getBytes(StandardCharsets.US_ASCII), new byte[] { 3, 0, 0, 0, 0, 0, 0 },
				new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64 }, new byte[400]);
	}

	static byte[] wav() {
		return concat(riffHeader("WAVE", 36), "fmt ".getBytes(StandardCharsets.US_ASCII),
				new byte[] { 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, (byte) 0x80, 0x3E, 0, 0, 2, 0, 16, 0 },
				"data".getBytes(StandardCharsets.US_ASCII), new byte[4]);
	}

	static byte[] amr() {
		return concat("#!AMR\n".getBytes(StandardCharsets.US_ASCII), new byte[] { 0x3C, 0x48, (byte) 0xF5, 0x1F }, new byte[60]);
	}

	/** Two ADTS frames of 20 bytes each: raw AAC as phones record it. */
	static byte[] aac() {
		int length = 20;
		byte[] frame = new byte[length];
		frame[0] = (byte) 0xFF;
		frame[1] = (byte) 0xF1;
		frame[2] = 0x50;
		frame[3] = (byte) (0x80 | ((length >> 11) & 0x03));
		frame[4] = (byte) ((length >> 3) & 0xFF);
		frame[5] = (byte) (((length & 0x07) << 5) | 0x1F);
		frame[6] = (byte) 0xFC;
		return concat(frame, frame);
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] windowsExecutable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[2] = (byte) 0x90;
		exe[0x3C] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	static byte[] elfExecutable() {
		return concat(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 }, new byte[120]);
	}

	// ---- helpers

	private static byte[] riffHeader(String form, int size) {
		return concat("RIFF".getBytes(StandardCharsets.US_ASCII),
				ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(size).array(),
				form.getBytes(StandardCharsets.US_ASCII));
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
		b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	private static byte[] rationals(int... values) {
		ByteBuffer b = ByteBuffer.allocate(values.length * 4);
		for (int v : values) {
			b.putInt(v);
		}
		return b.array();
	}

	static byte[] insert(byte[] data, int at, byte[] inserted) {
		return concat(Arrays.copyOfRange(data, 0, at), inserted, Arrays.copyOfRange(data, at, data.length));
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static boolean contains(byte[] data, String text) {
		return indexOf(data, text.getBytes(StandardCharsets.ISO_8859_1)) >= 0;
	}

	static boolean contains(byte[] data, byte[] part) {
		return indexOf(data, part) >= 0;
	}

	private static int indexOf(byte[] data, byte[] part) {
		outer:
		for (int i = 0; i <= data.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (data[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
