package io.industryatlas.incentive;

import java.util.Set;

import org.springframework.stereotype.Component;

/** The recognition codes the incentive rules know, for checking awards that carry one. */
@Component
public class Recognitions {

	private final PolicyRules rules;

	Recognitions(PolicyRules rules) {
		this.rules = rules;
	}

	public Set<String> codes() {
		return Set.copyOf(this.rules.vocabulary().recognitions());
	}

}
