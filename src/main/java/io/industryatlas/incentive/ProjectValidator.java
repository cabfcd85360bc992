package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.industryatlas.api.BadInputException;

/**
 * Checks a project as sent, naming every field at fault; nothing is evaluated unless all
 * of it is sound.
 */
final class ProjectValidator {

	static final Set<String> BASES = Set.of("fixedAssetInvestment", "totalInvestment", "annualServiceValue", "rdSpend",
			"contractValuePaid", "digitalContractValue", "procurementValue", "salesIncrease", "equipmentPurchase",
			"productSales");

	static final Set<String> CONSTRUCTION = Set.of("NEW_BUILD", "EXPANSION", "RENOVATION", "TECH_UPGRADE");

	/**
	 * Ten trillion yuan: more than any single project; a larger figure is a typing error.
	 */
	private static final BigDecimal ABSURD = new BigDecimal("10000000000000");

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static final Pattern REGION = Pattern.compile("\\d{6}");

	private static final int MAX_ITEMS = 1000;

	private ProjectValidator() {
	}

	/**
	 * The project, or a BAD_REQUEST listing every problem.
	 * @param kinds the kinds the rules know
	 * @param recognitions the recognitions the rules know
	 */
	static Project validate(ProjectInput input, Set<String> kinds, Set<String> recognitions) {
		List<String> fields = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (!REGION.matcher(input.region()).matches()) {
			problem(fields, problems, "project.region",
					"must be a GB/T 2260 code of six digits, got '%s'".formatted(input.region()));
		}
		if (input.date().isBefore(EARLIEST) || input.date().isAfter(LATEST)) {
			problem(fields, problems, "project.date",
					"must be between %s and %s, got %s".formatted(EARLIEST, LATEST, input.date()));
		}
		if (input.kinds().isEmpty()) {
			problem(fields, problems, "project.kinds", "must name at least one kind");
		}
		for (int i = 0; i < input.kinds().size(); i++) {
			String kind = input.kinds().get(i);
			if (!kinds.contains(kind)) {
				problem(fields, problems, "project.kinds[%d]".formatted(i),
						"unknown kind '%s' (incentiveVocabulary lists the kinds)".formatted(kind));
			}
		}
		if (input.construction() != null && !CONSTRUCTION.contains(input.construction())) {
			problem(fields, problems, "project.construction", "must be one of %s, got '%s'"
				.formatted(CONSTRUCTION.stream().sorted().toList(), input.construction()));
		}
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		List<ProjectInput.AmountInput> amountInputs = Objects.requireNonNullElse(input.amounts(), List.of());
		for (int i = 0; i < amountInputs.size(); i++) {
			ProjectInput.AmountInput amount = amountInputs.get(i);
			String field = "project.amounts[%d]".formatted(i);
			if (!BASES.contains(amount.name()) || amount.name().equals("productSales")) {
				problem(fields, problems, field + ".name", "unknown amount '%s'; known: %s".formatted(amount.name(),
						BASES.stream().filter(b -> !b.equals("productSales")).sorted().toList()));
			}
			else if (amounts.containsKey(amount.name())) {
				problem(fields, problems, field + ".name", "'%s' is given twice".formatted(amount.name()));
			}
			BigDecimal value = money(field + ".value", amount.value(), fields, problems);
			if (value != null) {
				amounts.put(amount.name(), value);
			}
		}
		List<Project.Product> products = new ArrayList<>();
		List<ProjectInput.ProductInput> productInputs = Objects.requireNonNullElse(input.products(), List.of());
		if (productInputs.size() > MAX_ITEMS) {
			problem(fields, problems, "project.products", "at most %d products".formatted(MAX_ITEMS));
		}
		for (int i = 0; i < productInputs.size(); i++) {
			ProjectInput.ProductInput product = productInputs.get(i);
			if (product.name().isBlank()) {
				problem(fields, problems, "project.products[%d].name".formatted(i), "must not be blank");
			}
			BigDecimal sales = money("project.products[%d].sales".formatted(i), product.sales(), fields, problems);
			if (sales != null) {
				products.add(new Project.Product(product.name().strip(), sales));
			}
		}
		List<String> recognitionInputs = Objects.requireNonNullElse(input.recognitions(), List.of());
		for (int i = 0; i < recognitionInputs.size(); i++) {
			if (!recognitions.contains(recognitionInputs.get(i))) {
				problem(fields, problems, "project.recognitions[%d]".formatted(i),
						"unknown recognition '%s' (incentiveVocabulary lists them)"
							.formatted(recognitionInputs.get(i)));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(String.join(", ", fields), String.join("; ", problems));
		}
		return new Project(input.region(), input.date(), new LinkedHashSet<>(input.kinds()), input.construction(),
				amounts, products, new LinkedHashSet<>(recognitionInputs));
	}

	private static @Nullable BigDecimal money(String field, String text, List<String> fields, List<String> problems) {
		BigDecimal value;
		try {
			value = new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			problem(fields, problems, field, "must be a decimal number of yuan, got '%s'".formatted(text));
			return null;
		}
		if (value.signum() < 0) {
			problem(fields, problems, field, "must not be negative, got %s".formatted(text));
			return null;
		}
		if (value.scale() > 2) {
			problem(fields, problems, field, "has more than two decimals (fen), got %s".formatted(text));
			return null;
		}
		if (value.compareTo(ABSURD) > 0) {
			problem(fields, problems, field, "is over 10 trillion yuan, got %s".formatted(text));
			return null;
		}
		return value;
	}

	private static void problem(List<String> fields, List<String> problems, String field, String message) {
		fields.add(field);
		problems.add(field + " " + message);
	}

}
