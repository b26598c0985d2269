package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSimilarityTests {

	static final String WINDOW = "住建局窗口办理施工许可推诿扯皮\n本人于9月多次到住建局政务服务窗口办理施工许可证，工作人员陈刚以材料不全为由反复推诿，"
			+ "不一次性告知所需材料，要求找熟人打招呼。";

	static final String WINDOW_RETOLD = "住建局陈刚办理施工许可证推诿\n我9月份多次去住建局窗口办理施工许可证，窗口工作人员陈刚总说材料不全，"
			+ "反复推诿，不一次性告知需要哪些材料，还暗示找熟人。";

	static final String BANQUET = "陈刚违规接受宴请\n10月5日晚，住建局股长陈刚在某酒店接受开发商宴请，饮酒至深夜，公车停在酒店门口。";

	@Test
	void theSameComplaintRetoldInOtherWordsIsSimilar() {
		assertThat(TextSimilarity.bigramDice(WINDOW, WINDOW_RETOLD)).isGreaterThan(0.5);
	}

	@Test
	void anotherMatterAboutTheSameCadreIsNotSimilar() {
		assertThat(TextSimilarity.bigramDice(WINDOW, BANQUET)).isLessThan(0.1);
	}

	@Test
	void punctuationSpacesAndLetterCaseDoNotCount() {
		assertThat(TextSimilarity.bigramDice("住建局 推诿，扯皮! ABC", "住建局推诿扯皮abc")).isEqualTo(1.0);
	}

	@Test
	void anEmptyTextIsSimilarToNothing() {
		assertThat(TextSimilarity.bigramDice("", WINDOW)).isZero();
		assertThat(TextSimilarity.bigramDice("推", "推")).isZero();
	}
}
