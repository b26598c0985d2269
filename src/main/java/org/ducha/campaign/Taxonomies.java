package org.ducha.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem taxonomies (SPEC §4): look-ups and select-box lists for every module, and the
 * dictionary maintenance of the system administrator. A category code is unique across all
 * taxonomies and all time: categories are renamed or retired, never deleted or re-coded.
 */
@Service
@Transactional(readOnly = true)
public class Taxonomies {

	static final int MAX_CODE_LENGTH = 32;
	static final int MAX_NAME_LENGTH = 100;
	private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	private final TaxonomyRepository taxonomies;
	private final CategoryRepository categories;
	private final AuditLog audit;
	private final MessageSource messages;

	Taxonomies(TaxonomyRepository taxonomies, CategoryRepository categories, AuditLog audit, MessageSource messages) {
		this.taxonomies = taxonomies;
		this.categories = categories;
		this.audit = audit;
		this.messages = messages;
	}

	/** Every taxonomy with its active categories only: what users may choose from. */
	public List<TaxonomyTree> activeTrees() {
		return trees(false);
	}

	/** Every taxonomy with all its categories, retired ones included: the dictionary as maintained. */
	public List<TaxonomyTree> fullTrees() {
		return trees(true);
	}

	public List<TaxonomyRef> taxonomies() {
		return taxonomies.findAllByOrderBySortOrderAscCodeAsc().stream().map(Taxonomy::toRef).toList();
	}

	public Optional<TaxonomyRef> findTaxonomy(String code) {
		return code == null ? Optional.empty() : taxonomies.findByCode(code).map(Taxonomy::toRef);
	}

	/** The category with this code, active or retired, with its taxonomy and parent. */
	public Optional<CategoryRef> findCategory(String code) {
		return code == null ? Optional.empty() : categories.findByCode(code).map(this::toRef);
	}

	/** True when the code names an active category; the check to run before storing a category code. */
	public boolean isActiveCategory(String code) {
		return findCategory(code).map(CategoryRef::active).orElse(false);
	}

	/**
	 * The active category with this code, or a refusal: {@code CATEGORY_NOT_FOUND} (400) for an
	 * unknown code, {@code CATEGORY_RETIRED} (400) for a retired one.
	 */
	public CategoryRef requireActiveCategory(String code) {
		CategoryRef ref = findCategory(code)
			.orElseThrow(() -> DomainException.invalid("CATEGORY_NOT_FOUND", "no category " + code, code));
		if (!ref.active()) {
			throw DomainException.invalid("CATEGORY_RETIRED", "category " + code + " is retired", code);
		}
		return ref;
	}

	/** Active categories of all taxonomies, first level before its children, for select boxes. */
	public List<CategoryRef> activeCategories() {
		return taxonomies.findAllByOrderBySortOrderAscCodeAsc().stream()
			.flatMap(t -> activeCategories(t.getCode()).stream())
			.toList();
	}

	/** Active categories of one taxonomy, first level before its children, for select boxes. */
	public List<CategoryRef> activeCategories(String taxonomyCode) {
		return flatten(taxonomyCode, false);
	}

	/**
	 * The code and the codes of its children, retired ones included: what a statistic for a
	 * first-level category counts. Empty for an unknown code.
	 */
	public Set<String> codesUnder(String code) {
		Set<String> codes = new LinkedHashSet<>();
		categories.findByCode(code).ifPresent(c -> {
			codes.add(c.getCode());
			categories.findByParentCodeOrderBySortOrderAscCodeAsc(c.getCode()).forEach(child -> codes.add(child.getCode()));
		});
		return codes;
	}

	/** The next free code under a taxonomy (first level) or a first-level category, e.g. {@code ZFZD-06}. */
	public String suggestCode(String taxonomyCode, String parentCode) {
		String prefix = (parentCode == null ? taxonomyCode : parentCode) + "-";
		List<Category> siblings = parentCode == null
				? categories.findByTaxonomyCodeAndParentCodeIsNullOrderBySortOrderAscCodeAsc(taxonomyCode)
				: categories.findByParentCodeOrderBySortOrderAscCodeAsc(parentCode);
		int next = siblings.size() + 1;
		String code = prefix + "%02d".formatted(next);
		while (categories.existsByCode(code)) {
			next++;
			code = prefix + "%02d".formatted(next);
		}
		return code;
	}

	/**
	 * Adds a category to a taxonomy, at the first level ({@code parentCode} null) or under an active
	 * first-level category. The code must be new: never used before, by any taxonomy, even by a
	 * retired category ({@code CATEGORY_CODE_USED}, 409); it extends the parent's code by one
	 * segment (ZFZD-06, ZFZD-01-04). Active siblings may not share a name ({@code CATEGORY_NAME_TAKEN}).
	 */
	@Transactional
	public CategoryRef addCategory(String taxonomyCode, String parentCode, String code, String name) {
		Taxonomy taxonomy = taxonomies.lockByCode(taxonomyCode)
			.orElseThrow(() -> DomainException.notFound("TAXONOMY_NOT_FOUND", "no taxonomy " + taxonomyCode));
		String parent = blankToNull(parentCode);
		if (parent != null) {
			Category p = categories.findByCode(parent)
				.filter(c -> c.getTaxonomyCode().equals(taxonomy.getCode()))
				.orElseThrow(() -> categoryNotFound(parent));
			if (!p.isFirstLevel()) {
				throw DomainException.invalid("CATEGORY_TOO_DEEP", "taxonomies have two levels", parent);
			}
			if (!p.isActive()) {
				throw DomainException.conflict("CATEGORY_RETIRED", "category " + parent + " is retired", parent);
			}
		}
		String normalizedCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		String normalizedName = name == null ? "" : name.strip();
		String prefix = (parent == null ? taxonomy.getCode() : parent) + "-";
		Violations violations = new Violations(messages);
		checkCode(normalizedCode, prefix, violations);
		checkName(normalizedName, violations);
		violations.throwIfAny();
		if (categories.existsByCode(normalizedCode)) {
			throw DomainException.conflict("CATEGORY_CODE_USED", "code " + normalizedCode + " was used before",
					normalizedCode);
		}
		List<Category> siblings = parent == null
				? categories.findByTaxonomyCodeAndParentCodeIsNullOrderBySortOrderAscCodeAsc(taxonomy.getCode())
				: categories.findByParentCodeOrderBySortOrderAscCodeAsc(parent);
		requireUniqueName(siblings, normalizedName, null);
		int sortOrder = siblings.stream().mapToInt(Category::getSortOrder).max().orElse(0) + 1;
		int version = taxonomy.nextVersion();
		Category category = categories.save(
				new Category(normalizedCode, taxonomy.getCode(), parent, normalizedName, sortOrder, version));
		audit.record("CATEGORY_ADDED", "Category", category.getCode(),
				"taxonomy=" + taxonomy.getCode() + " v" + version + "; parent=" + (parent == null ? "-" : parent)
						+ "; name=" + normalizedName);
		return toRef(category);
	}

	/** Gives an active category a new wording for the same meaning; the code stays. */
	@Transactional
	public CategoryRef rename(String code, String newName) {
		Category category = category(code);
		Taxonomy taxonomy = taxonomies.lockByCode(category.getTaxonomyCode()).orElseThrow();
		String normalizedName = newName == null ? "" : newName.strip();
		Violations violations = new Violations(messages);
		checkName(normalizedName, violations);
		violations.throwIfAny();
		String oldName = category.getName();
		if (oldName.equals(normalizedName) && category.isActive()) {
			return toRef(category);
		}
		List<Category> siblings = category.isFirstLevel()
				? categories.findByTaxonomyCodeAndParentCodeIsNullOrderBySortOrderAscCodeAsc(taxonomy.getCode())
				: categories.findByParentCodeOrderBySortOrderAscCodeAsc(category.getParentCode());
		category.rename(normalizedName);
		requireUniqueName(siblings, normalizedName, category.getCode());
		int version = taxonomy.nextVersion();
		audit.record("CATEGORY_RENAMED", "Category", category.getCode(),
				"taxonomy=" + taxonomy.getCode() + " v" + version + "; from=" + oldName + "; to=" + normalizedName);
		return toRef(category);
	}

	/**
	 * Withdraws an active category from use; retiring a first-level category retires its active
	 * children with it. The codes stay reserved and old records keep them.
	 */
	@Transactional
	public CategoryRef retire(String code) {
		Category category = category(code);
		Taxonomy taxonomy = taxonomies.lockByCode(category.getTaxonomyCode()).orElseThrow();
		int version = taxonomy.nextVersion();
		category.retire(version);
		List<String> retiredChildren = new ArrayList<>();
		if (category.isFirstLevel()) {
			for (Category child : categories.findByParentCodeOrderBySortOrderAscCodeAsc(category.getCode())) {
				if (child.isActive()) {
					child.retire(version);
					retiredChildren.add(child.getCode());
				}
			}
		}
		audit.record("CATEGORY_RETIRED", "Category", category.getCode(),
				"taxonomy=" + taxonomy.getCode() + " v" + version
						+ (retiredChildren.isEmpty() ? "" : "; children=" + String.join(",", retiredChildren)));
		return toRef(category);
	}

	private Category category(String code) {
		return categories.findByCode(code == null ? "" : code)
			.orElseThrow(() -> categoryNotFound(code));
	}

	private static void checkCode(String code, String prefix, Violations violations) {
		if (code.isEmpty()) {
			violations.add("code", "taxonomy.validation.code.required");
		}
		else if (code.length() > MAX_CODE_LENGTH) {
			violations.add("code", "taxonomy.validation.code.tooLong", MAX_CODE_LENGTH);
		}
		else if (!CODE.matcher(code).matches()) {
			violations.add("code", "taxonomy.validation.code.pattern");
		}
		else if (!code.startsWith(prefix) || code.substring(prefix.length()).contains("-")) {
			violations.add("code", "taxonomy.validation.code.prefix", prefix);
		}
	}

	private static void checkName(String name, Violations violations) {
		if (name.isEmpty()) {
			violations.add("name", "taxonomy.validation.name.required");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			violations.add("name", "taxonomy.validation.name.tooLong", MAX_NAME_LENGTH);
		}
	}

	private static void requireUniqueName(List<Category> siblings, String name, String exceptCode) {
		boolean taken = siblings.stream()
			.filter(Category::isActive)
			.filter(s -> !s.getCode().equals(exceptCode))
			.anyMatch(s -> s.getName().equals(name));
		if (taken) {
			throw DomainException.conflict("CATEGORY_NAME_TAKEN", "an active sibling is named " + name, name);
		}
	}

	private List<TaxonomyTree> trees(boolean includeRetired) {
		return taxonomies.findAllByOrderBySortOrderAscCodeAsc().stream().map(t -> {
			List<Category> all = categories.findByTaxonomyCodeOrderBySortOrderAscCodeAsc(t.getCode()).stream()
				.filter(c -> includeRetired || c.isActive())
				.toList();
			Map<String, List<Category>> children = all.stream()
				.filter(c -> !c.isFirstLevel())
				.collect(Collectors.groupingBy(Category::getParentCode));
			List<TaxonomyTree.Node> nodes = all.stream()
				.filter(Category::isFirstLevel)
				.map(c -> node(c, children.getOrDefault(c.getCode(), List.of()).stream().map(k -> node(k, List.of())).toList()))
				.toList();
			return new TaxonomyTree(t.getCode(), t.getName(), t.getVersion(), nodes);
		}).toList();
	}

	private List<CategoryRef> flatten(String taxonomyCode, boolean includeRetired) {
		List<Category> all = categories.findByTaxonomyCodeOrderBySortOrderAscCodeAsc(taxonomyCode).stream()
			.filter(c -> includeRetired || c.isActive())
			.toList();
		Map<String, Category> byCode = all.stream().collect(Collectors.toMap(Category::getCode, Function.identity()));
		String taxonomyName = taxonomies.findByCode(taxonomyCode).map(Taxonomy::getName).orElse(null);
		List<CategoryRef> result = new ArrayList<>();
		all.stream().filter(Category::isFirstLevel).forEach(first -> {
			result.add(toRef(first, taxonomyName, null));
			all.stream()
				.filter(c -> first.getCode().equals(c.getParentCode()))
				.sorted(Comparator.comparingInt(Category::getSortOrder).thenComparing(Category::getCode))
				.forEach(child -> result.add(toRef(child, taxonomyName, byCode.get(child.getParentCode()))));
		});
		return result;
	}

	private static TaxonomyTree.Node node(Category c, List<TaxonomyTree.Node> children) {
		return new TaxonomyTree.Node(c.getCode(), c.getName(), c.getStatus(), c.getSinceVersion(), c.getRetiredVersion(),
				children);
	}

	private CategoryRef toRef(Category c) {
		String taxonomyName = taxonomies.findByCode(c.getTaxonomyCode()).map(Taxonomy::getName).orElse(null);
		Category parent = c.getParentCode() == null ? null : categories.findByCode(c.getParentCode()).orElse(null);
		return toRef(c, taxonomyName, parent);
	}

	private static CategoryRef toRef(Category c, String taxonomyName, Category parent) {
		return new CategoryRef(c.getCode(), c.getName(), c.getTaxonomyCode(), taxonomyName,
				parent == null ? null : parent.getCode(), parent == null ? null : parent.getName(), c.isActive());
	}

	/** {@code CATEGORY_NOT_FOUND} (404) for a category looked up by the code in a path. */
	public static DomainException categoryNotFound(String code) {
		return new DomainException(DomainException.Kind.NOT_FOUND, "CATEGORY_NOT_FOUND", "no category " + code, code);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
