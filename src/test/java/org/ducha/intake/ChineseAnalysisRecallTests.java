package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind ADR 0005: on real report sentences, which of the candidate analyzers finds
 * every word a staff member would type. A word is found when its tokens occur in the sentence's
 * tokens as a consecutive run (what a phrase query asks of the index).
 */
class ChineseAnalysisRecallTests {

	record Probe(String sentence, String word) {
	}

	static final List<Probe> PROBES = List.of(
			new Probe("去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿。", "窗口"),
			new Probe("去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿。", "服务"),
			new Probe("去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿。", "态度"),
			new Probe("去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿。", "推诿"),
			new Probe("去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿。", "服务态度"),
			new Probe("去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿。", "大厅窗口"),
			new Probe("某股长在审批中吃拿卡要，不给好处就不办。", "吃拿卡要"),
			new Probe("某股长在审批中吃拿卡要，不给好处就不办。", "股长"),
			new Probe("住建局陈刚多次接受工程老板宴请，违规收受购物卡。", "陈刚"),
			new Probe("住建局陈刚多次接受工程老板宴请，违规收受购物卡。", "购物卡"),
			new Probe("住建局陈刚多次接受工程老板宴请，违规收受购物卡。", "宴请"),
			new Probe("街道干部对群众诉求推诿扯皮，门难进、脸难看、事难办。", "推诿扯皮"),
			new Probe("街道干部对群众诉求推诿扯皮，门难进、脸难看、事难办。", "事难办"),
			new Probe("街道干部对群众诉求推诿扯皮，门难进、脸难看、事难办。", "群众诉求"),
			new Probe("上班时间在办公室玩手机游戏，群众排队无人理睬。", "玩手机"),
			new Probe("上班时间在办公室玩手机游戏，群众排队无人理睬。", "无人理睬"),
			new Probe("不动产登记中心要求重复提交材料，一件事跑了五趟。", "不动产登记"),
			new Probe("不动产登记中心要求重复提交材料，一件事跑了五趟。", "跑了五趟"),
			new Probe("去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿。", "执照"),
			new Probe("住建局陈刚多次接受工程老板宴请，违规收受购物卡。", "住建局"),
			new Probe("住建局陈刚多次接受工程老板宴请，违规收受购物卡。", "收受"),
			new Probe("市场监管所执法人员对商户乱罚款、乱收费。", "罚款"),
			new Probe("市场监管所执法人员对商户乱罚款、乱收费。", "监管"),
			new Probe("市场监管所执法人员对商户乱罚款、乱收费。", "收费"),
			new Probe("社保窗口工作人员上班迟到早退，办事群众等候两小时。", "迟到"),
			new Probe("社保窗口工作人员上班迟到早退，办事群众等候两小时。", "社保"),
			new Probe("社保窗口工作人员上班迟到早退，办事群众等候两小时。", "等候"),
			new Probe("王建国利用职务便利为亲属承揽工程。", "王建国"),
			new Probe("王建国利用职务便利为亲属承揽工程。", "建国"),
			new Probe("王建国利用职务便利为亲属承揽工程。", "职务"),
			new Probe("王建国利用职务便利为亲属承揽工程。", "承揽"));

	static Analyzer bigrams() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream result = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
				return new TokenStreamComponents(source, result);
			}
		};
	}

	static Analyzer smartcn() {
		return new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	static boolean finds(Analyzer analyzer, Probe probe) throws IOException {
		List<String> text = tokens(analyzer, probe.sentence());
		List<String> word = tokens(analyzer, probe.word());
		return !word.isEmpty() && java.util.Collections.indexOfSubList(text, word) >= 0;
	}

	static double recall(Analyzer analyzer) throws IOException {
		int found = 0;
		for (Probe probe : PROBES) {
			if (finds(analyzer, probe)) {
				found++;
			}
		}
		return (double) found / PROBES.size();
	}

	@Test
	void bigramsFindEveryWordOfTheSentences() throws IOException {
		try (Analyzer analyzer = bigrams()) {
			assertThat(recall(analyzer)).isEqualTo(1.0);
		}
	}

	@Test
	void smartcnSegmentationMissesWordsThatBigramsFind() throws IOException {
		try (Analyzer analyzer = smartcn()) {
			List<String> missed = new ArrayList<>();
			for (Probe probe : PROBES) {
				if (!finds(analyzer, probe)) {
					missed.add(probe.word() + " " + tokens(analyzer, probe.word()) + " in " + tokens(analyzer, probe.sentence()));
				}
			}
			System.out.printf("smartcn recall %.2f, missed: %s%n", recall(analyzer), missed);
			assertThat(recall(analyzer)).isLessThan(1.0);
		}
	}
}
