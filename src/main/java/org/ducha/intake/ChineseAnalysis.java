package org.ducha.intake;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzer of report text (ADR 0005): the standard tokenizer splits Han text into single
 * characters, full-width Latin and half-width kana are normalised, Latin is lower-cased, and
 * adjacent Han characters become overlapping bigrams ("窗口服务" → 窗口 口服 服务). A phrase query
 * over bigrams finds any run of two or more characters wherever it stands, as the former LIKE did,
 * with no dictionary to miss local words and names.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

	/** The analyzer name used by the {@code @FullTextField}s of {@link Report}. */
	static final String ANALYZER = "chinese_bigram";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ANALYZER).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class);
	}
}
