package org.ducha.bulletin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulletin settings: who issues it ({@code ducha.bulletins.*}: the issuing body of the red head,
 * the prefix of the document number, the default 抄送 line and how many units with the most
 * problems it names) and the fonts embedded in PDFs ({@code ducha.documents.*}).
 */
@ConfigurationProperties("ducha")
public record BulletinProperties(@DefaultValue Bulletins bulletins, @DefaultValue Documents documents) {

	public record Bulletins(@DefaultValue("演示区作风建设领导小组办公室") String issuer,
			@DefaultValue("演作风办") String numberPrefix,
			@DefaultValue("区委各常委，区人大常委会、区政府、区政协领导，区纪委监委领导班子成员。") String copyTo,
			@DefaultValue("3") int mostProblemUnits) {
	}

	public record Documents(@DefaultValue("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc") String cjkFont,
			@DefaultValue("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc") String cjkBoldFont,
			@DefaultValue("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc") String cjkSansFont) {
	}
}
