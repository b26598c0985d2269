package org.ducha.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.audit.AuditLog;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing table of grid events (category × area → responsible department, {@link RoutingPolicy}),
 * kept by the SYSTEM_ADMIN; every change is audited. Reading it is open to the office too.
 */
@Service
@Transactional(readOnly = true)
public class GridRoutes {

	static final String AUDIT_TYPE = "GridRoute";

	private final GridRouteRepository routes;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final AccessControl access;
	private final AuditLog audit;

	GridRoutes(GridRouteRepository routes, Organization organization, Taxonomies taxonomies, AccessControl access,
			AuditLog audit) {
		this.routes = routes;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.access = access;
		this.audit = audit;
	}

	public List<GridRoute> all() {
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(Role.SYSTEM_ADMIN, Role.OFFICER, Role.OFFICE_DIRECTOR)) {
			throw DomainException.forbidden("the routing table is kept by the system administrator");
		}
		return routes.findAllByOrderByCategoryCodeAscAreaUnitCodeAsc();
	}

	/**
	 * Sets the department for a category and an area ({@link GridRoute#ANY_AREA} or blank for every area):
	 * creates the row or changes the one there.
	 */
	@Transactional
	public GridRoute put(String categoryCode, String areaUnitCode, String unitCode) {
		requireAdmin();
		String area = areaUnitCode == null || areaUnitCode.isBlank() ? GridRoute.ANY_AREA : areaUnitCode.strip();
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (categoryCode == null || categoryCode.isBlank()) {
			errors.add(new DomainException.FieldError("categoryCode", "required"));
		}
		else if (!taxonomies.isActiveCategory(categoryCode.strip())) {
			errors.add(new DomainException.FieldError("categoryCode", "unknown category"));
		}
		if (!GridRoute.ANY_AREA.equals(area)) {
			Optional<Unit> unit = organization.findUnit(area);
			if (unit.isEmpty() || !GridEvents.AREA_TYPES.contains(unit.get().getType())) {
				errors.add(new DomainException.FieldError("areaUnitCode", "not a community or township"));
			}
		}
		if (unitCode == null || unitCode.isBlank()) {
			errors.add(new DomainException.FieldError("unitCode", "required"));
		}
		else if (organization.findUnit(unitCode.strip()).isEmpty()) {
			errors.add(new DomainException.FieldError("unitCode", "unknown unit"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		String category = categoryCode.strip();
		String unit = unitCode.strip();
		GridRoute route = routes.findByCategoryCodeAndAreaUnitCode(category, area).orElse(null);
		if (route == null) {
			route = routes.save(new GridRoute(category, area, unit));
			audit.record("GRID_ROUTE_CREATED", AUDIT_TYPE, route.getId().toString(),
					"category=" + category + " area=" + area + " unit=" + unit);
		}
		else if (!route.getUnitCode().equals(unit)) {
			route.sendTo(unit);
			audit.record("GRID_ROUTE_CHANGED", AUDIT_TYPE, route.getId().toString(),
					"category=" + category + " area=" + area + " unit=" + unit);
		}
		return route;
	}

	@Transactional
	public void delete(Long id) {
		requireAdmin();
		GridRoute route = Optional.ofNullable(id).flatMap(routes::findById)
			.orElseThrow(() -> DomainException.notFound("GRID_ROUTE_NOT_FOUND", "no such routing row"));
		routes.delete(route);
		audit.record("GRID_ROUTE_DELETED", AUDIT_TYPE, route.getId().toString(),
				"category=" + route.getCategoryCode() + " area=" + route.getAreaUnitCode());
	}

	/** The department for an event of this category from this area, if the table names one. */
	Optional<String> departmentFor(String categoryCode, String areaUnitCode) {
		return RoutingPolicy.departmentFor(categoryCode, areaUnitCode, routes.findByCategoryCode(categoryCode));
	}

	/** For the demo data: a row without a signed-in administrator. */
	@Transactional
	GridRoute define(String categoryCode, String areaUnitCode, String unitCode) {
		return routes.save(new GridRoute(categoryCode, areaUnitCode, unitCode));
	}

	long count() {
		return routes.count();
	}

	private void requireAdmin() {
		if (!access.currentUser().hasRole(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("the routing table is kept by the system administrator");
		}
	}
}
