package org.ducha.organization;

import static org.ducha.organization.PartyOrganizationKind.COMMITTEE;
import static org.ducha.organization.PartyOrganizationKind.LEADING_GROUP;
import static org.ducha.organization.PartyOrganizationKind.WORKING_COMMITTEE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo district's units and cadres (DEMO.md) and a few secondments around today, loaded under the {@code demo}
 * profile on an empty database.
 */
@Component
@Profile("demo")
@Order(10)
class OrganizationDemoData implements ApplicationRunner {

	record U(String code, String name, UnitType type, String parent, String principal, String leader, String partyOrg,
			PartyOrganizationKind kind) {
	}

	record C(String no, String name, String unit, String position, Rank rank, boolean party, String supervisor) {
	}

	static final List<U> UNITS = List.of(
			new U("QW", "中共演示区委员会", UnitType.PARTY_COMMITTEE, null, "C001", null, "中共演示区委员会", COMMITTEE),
			new U("QZF", "演示区人民政府", UnitType.GOVERNMENT, null, "C002", null, "演示区人民政府党组", LEADING_GROUP),
			new U("JW", "演示区纪委监委", UnitType.DISCIPLINE, null, "C003", null, "中共演示区纪律检查委员会", COMMITTEE),
			new U("ZJJ", "演示区住房和城乡建设局", UnitType.DEPARTMENT, "QZF", "C010", "C004", "演示区住房和城乡建设局党组", LEADING_GROUP),
			new U("SCJ", "演示区市场监督管理局", UnitType.DEPARTMENT, "QZF", "C020", "C004", "演示区市场监督管理局党组", LEADING_GROUP),
			new U("JYJ", "演示区教育局", UnitType.DEPARTMENT, "QZF", "C040", "C005", "演示区教育局党组", LEADING_GROUP),
			new U("DXJD", "东兴街道办事处", UnitType.TOWNSHIP, "QW", "C030", "C005", "中共演示区东兴街道工作委员会", WORKING_COMMITTEE),
			new U("HPSQ", "和平社区", UnitType.VILLAGE, "DXJD", "C031", null, "中共和平社区委员会", COMMITTEE));

	static final List<C> CADRES = List.of(
			new C("C001", "王建国", "QW", "区委书记", Rank.ZHENG_CHU, true, null),
			new C("C002", "李明", "QZF", "区长", Rank.ZHENG_CHU, true, null),
			new C("C003", "赵卫东", "JW", "区纪委书记、区监委主任", Rank.FU_CHU, true, null),
			new C("C004", "孙丽", "QZF", "副区长", Rank.FU_CHU, true, null),
			new C("C005", "黄海", "QZF", "副区长", Rank.FU_CHU, true, null),
			new C("C006", "林静", "JW", "区纪委监委干部", Rank.STAFF, true, "C003"),
			new C("C010", "周强", "ZJJ", "局长", Rank.ZHENG_KE, true, null),
			new C("C011", "吴芳", "ZJJ", "副局长", Rank.FU_KE, true, "C010"),
			new C("C012", "陈刚", "ZJJ", "城建股股长", Rank.GU, true, "C011"),
			new C("C013", "郑伟", "ZJJ", "科员", Rank.STAFF, false, "C011"),
			new C("C020", "钱进", "SCJ", "局长", Rank.ZHENG_KE, true, null),
			new C("C021", "何敏", "SCJ", "副局长", Rank.FU_KE, true, "C020"),
			new C("C030", "冯涛", "DXJD", "党工委书记", Rank.ZHENG_KE, true, null),
			new C("C031", "刘洋", "HPSQ", "社区党委书记", Rank.VILLAGE, true, null),
			new C("C040", "杨帆", "JYJ", "局长", Rank.ZHENG_KE, true, null));

	/** Secondments around today, so that the list and the home figure show one overdue and one extended. */
	record S(String cadre, String from, String to, String purpose, int startDaysAgo, int plannedEndDaysAgo,
			Integer extendedToDaysAgo, String extensionReason, Integer returnedDaysAgo) {
	}

	static final List<S> SECONDMENTS = List.of(
			new S("C013", "ZJJ", "QZF", "协助区政府办公室开展文明城市创建迎检工作", 150, 40, null, null, null),
			new S("C021", "SCJ", "JW", "参与区纪委监委作风建设专项督查", 60, 10, -50, "专项督查延期两个月，经区委组织部批准", null),
			new S("C012", "ZJJ", "DXJD", "支援东兴街道老旧小区改造", 200, 100, null, null, 95));

	private final UnitRepository units;
	private final UnitTree tree;
	private final CadreRepository cadres;
	private final SecondmentRepository secondments;
	private final Clock clock;

	OrganizationDemoData(UnitRepository units, CadreRepository cadres, SecondmentRepository secondments, Clock clock,
			UnitTree tree) {
		this.tree = tree;
		this.units = units;
		this.cadres = cadres;
		this.secondments = secondments;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (units.count() > 0) {
			return;
		}
		tree.invalidate();
		for (U u : UNITS) {
			Unit unit = new Unit(u.code(), u.name(), u.type(), u.parent());
			unit.setPartyOrganization(u.partyOrg(), u.kind());
			units.saveAndFlush(unit);
		}
		for (C c : CADRES) {
			cadres.saveAndFlush(new Cadre(c.no(), c.name(), c.unit(), c.position(), c.rank(), c.party(), c.supervisor()));
		}
		for (U u : UNITS) {
			Unit unit = units.findByCode(u.code()).orElseThrow();
			unit.appointPrincipal(u.principal());
			unit.assignSupervisingLeader(u.leader());
		}
		LocalDate today = LocalDate.now(clock);
		Instant now = Instant.now(clock);
		for (S s : SECONDMENTS) {
			Secondment secondment = new Secondment(s.cadre(), s.from(), s.to(), s.purpose(),
					today.minusDays(s.startDaysAgo()), today.minusDays(s.plannedEndDaysAgo()), "demo", now);
			if (s.extendedToDaysAgo() != null) {
				secondment.extend(today.minusDays(s.extendedToDaysAgo()), s.extensionReason(),
						today.minusDays(s.plannedEndDaysAgo() + 2), "demo", now);
			}
			if (s.returnedDaysAgo() != null) {
				secondment.markReturned(today.minusDays(s.returnedDaysAgo()));
			}
			secondments.save(secondment);
		}
	}
}
