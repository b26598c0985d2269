package org.ducha.organization.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ducha.organization.Cadre;
import org.ducha.organization.CadreStatus;
import org.ducha.organization.Jurisdiction;
import org.ducha.organization.JurisdictionLevel;
import org.ducha.organization.Organization;
import org.ducha.organization.PartyOrganizationKind;
import org.ducha.organization.Rank;
import org.ducha.organization.Unit;
import org.ducha.organization.UnitType;
import org.ducha.web.ListPage;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Read-only org tree and roster for integrations (API.md: units by unitCode, cadres by cadreNo). */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Access.BROWSE)
class OrganizationApiController {

	static final Map<String, String> UNIT_SORT = Map.of("unitCode", "code", "name", "name", "type", "type",
			"parentCode", "parentCode");
	static final Map<String, String> CADRE_SORT = Map.of("cadreNo", "cadreNo", "name", "name", "unitCode", "unitCode");

	record PartyOrganizationJson(String name, PartyOrganizationKind kind) {
	}

	record UnitJson(String unitCode, String name, UnitType type, String parentCode, String principalNo,
			String supervisingLeaderNo, PartyOrganizationJson partyOrganization) {

		static UnitJson of(Unit u) {
			return new UnitJson(u.getCode(), u.getName(), u.getType(), u.getParentCode(), u.getPrincipalNo(),
					u.getSupervisingLeaderNo(), u.getPartyOrganizationName() == null ? null
							: new PartyOrganizationJson(u.getPartyOrganizationName(), u.getPartyOrganizationKind()));
		}
	}

	record CadreJson(String cadreNo, String name, String unitCode, String position, Rank rank, boolean partyMember,
			String supervisingLeaderNo, CadreStatus status) {

		static CadreJson of(Cadre c) {
			return new CadreJson(c.getCadreNo(), c.getName(), c.getUnitCode(), c.getPosition(), c.getRank(),
					c.isPartyMember(), c.getSupervisingLeaderNo(), c.getStatus());
		}
	}

	record JurisdictionJson(JurisdictionLevel level, String decidingUnitCode) {

		static JurisdictionJson of(Jurisdiction j) {
			return new JurisdictionJson(j.level(), j.decidingUnitCode());
		}
	}

	private final Organization organization;

	OrganizationApiController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/units")
	ListPage<UnitJson> units(@RequestParam(required = false) UnitType type,
			@RequestParam(required = false) String parentCode, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
		Pageable pageable = ApiPaging.of(page, size, sort, UNIT_SORT, "unitCode");
		return ListPage.of(organization.searchUnits(type, parentCode, pageable), UnitJson::of);
	}

	@GetMapping(path = "/units", params = "format=xlsx")
	ResponseEntity<StreamingResponseBody> unitsXlsx(@RequestParam(required = false) UnitType type,
			@RequestParam(required = false) String parentCode, @RequestParam(required = false) String sort) {
		Pageable pageable = ApiPaging.of(0, 1, sort, UNIT_SORT, "unitCode");
		List<Unit> all = organization.searchUnits(type, parentCode, ApiPaging.all(pageable)).getContent();
		return XlsxList.of("units", List.of("unitCode", "name", "type", "parentCode", "principalNo",
				"supervisingLeaderNo", "partyOrganizationName", "partyOrganizationKind"), all,
				u -> Arrays.asList(u.getCode(), u.getName(), u.getType(), u.getParentCode(), u.getPrincipalNo(),
						u.getSupervisingLeaderNo(), u.getPartyOrganizationName(), u.getPartyOrganizationKind()));
	}

	@GetMapping("/units/{unitCode}")
	UnitJson unit(@PathVariable String unitCode) {
		return UnitJson.of(organization.unit(unitCode));
	}

	/** Who decides a case against the unit's party organization. */
	@GetMapping("/units/{unitCode}/party-organization/jurisdiction")
	JurisdictionJson partyOrganizationJurisdiction(@PathVariable String unitCode) {
		return JurisdictionJson.of(organization.jurisdictionOfPartyOrganization(unitCode));
	}

	@GetMapping("/cadres")
	ListPage<CadreJson> cadres(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Rank rank, @RequestParam(required = false) CadreStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
		Pageable pageable = ApiPaging.of(page, size, sort, CADRE_SORT, "cadreNo");
		return ListPage.of(organization.searchCadres(unitCode, rank, status, q, pageable), CadreJson::of);
	}

	@GetMapping(path = "/cadres", params = "format=xlsx")
	ResponseEntity<StreamingResponseBody> cadresXlsx(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Rank rank, @RequestParam(required = false) CadreStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		Pageable pageable = ApiPaging.of(0, 1, sort, CADRE_SORT, "cadreNo");
		List<Cadre> all = organization.searchCadres(unitCode, rank, status, q, ApiPaging.all(pageable)).getContent();
		return XlsxList.of("cadres", List.of("cadreNo", "name", "unitCode", "position", "rank", "partyMember",
				"supervisingLeaderNo", "status"), all,
				c -> Arrays.asList(c.getCadreNo(), c.getName(), c.getUnitCode(), c.getPosition(), c.getRank(),
						c.isPartyMember(), c.getSupervisingLeaderNo(), c.getStatus()));
	}

	@GetMapping("/cadres/{cadreNo}")
	CadreJson cadre(@PathVariable String cadreNo) {
		return CadreJson.of(organization.cadre(cadreNo));
	}

	/** Who decides a case against the cadre, from the cadre's current rank and unit. */
	@GetMapping("/cadres/{cadreNo}/jurisdiction")
	JurisdictionJson cadreJurisdiction(@PathVariable String cadreNo) {
		return JurisdictionJson.of(organization.jurisdictionOf(cadreNo));
	}
}
