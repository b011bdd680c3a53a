package org.argmap.core.tests.evaluation;

import static org.argmap.core.evaluation.Label.IN;
import static org.argmap.core.evaluation.Label.OUT;
import static org.argmap.core.evaluation.Label.UNDEC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.model.Analogy;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.CriticalQuestionKind;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.junit.jupiter.api.Test;

/** How the parts of a map turn into attacks: undercut versus rebuttal, linked premises, equivalence, analogy. */
class MapFrameworkTest {

	private final ArgumentMap map = MapElements.newMap("test"); //$NON-NLS-1$

	private Claim claim(String text) {
		Claim claim = MapElements.newClaim(text);
		map.getNodes().add(claim);
		return claim;
	}

	private Relation relate(RelationKind kind, ArgumentElement target, Node... sources) {
		Relation relation = MapElements.newRelation(kind, target, sources);
		map.getRelations().add(relation);
		return relation;
	}

	private MapEvaluation grounded() {
		return MapEvaluation.of(map, Semantics.GROUNDED);
	}

	@Test
	void undercutCostsTheConclusionOnlyThatSupport() {
		Claim conclusion = claim("C");
		Claim premise = claim("P");
		Claim other = claim("Q");
		Relation fromP = relate(RelationKind.SUPPORT, conclusion, premise);
		Claim undercutter = claim("U");
		relate(RelationKind.UNDERCUT, fromP, undercutter);
		assertEquals(OUT, grounded().label(conclusion), "its only support is undercut");
		assertEquals(IN, grounded().label(premise), "an undercut leaves the premise standing");

		relate(RelationKind.SUPPORT, conclusion, other);
		assertEquals(IN, grounded().label(conclusion), "the other support still stands");
	}

	@Test
	void rebuttalDefeatsTheConclusionWhateverSupportsIt() {
		Claim conclusion = claim("C");
		relate(RelationKind.SUPPORT, conclusion, claim("P"));
		relate(RelationKind.SUPPORT, conclusion, claim("Q"));
		Claim rebuttal = claim("R");
		relate(RelationKind.ATTACK, conclusion, rebuttal);
		assertEquals(OUT, grounded().label(conclusion));
		assertEquals(IN, grounded().label(rebuttal));
		assertEquals(2, grounded().explain(conclusion).size(), "C falls to R, which nothing attacks");
		assertEquals(rebuttal, grounded().explain(conclusion).get(1).argument().element());
	}

	@Test
	void linkedPremisesStandOrFallTogether() {
		Claim conclusion = claim("C");
		Claim first = claim("P1");
		Claim second = claim("P2");
		relate(RelationKind.SUPPORT, conclusion, first, second);
		assertEquals(IN, grounded().label(conclusion));
		relate(RelationKind.ATTACK, second, claim("R"));
		assertEquals(OUT, grounded().label(conclusion), "one linked premise falling takes the inference with it");
		assertEquals(IN, grounded().label(first));
	}

	@Test
	void attackerThatFallsIsReinstated() {
		Claim claim = claim("C");
		Claim attacker = claim("A");
		relate(RelationKind.ATTACK, claim, attacker);
		relate(RelationKind.ATTACK, attacker, claim("B"));
		assertEquals(IN, grounded().label(claim));
		assertEquals(OUT, grounded().label(attacker));
	}

	@Test
	void undercutAttackNoLongerDefeats() {
		Claim claim = claim("C");
		Relation attack = relate(RelationKind.ATTACK, claim, claim("A"));
		assertEquals(OUT, grounded().label(claim));
		relate(RelationKind.UNDERCUT, attack, claim("U"));
		assertEquals(IN, grounded().label(claim));
	}

	@Test
	void equivalentsStandOrFallTogether() {
		Claim claim = claim("C");
		Claim restated = claim("C again");
		relate(RelationKind.EQUIVALENCE, claim, restated);
		relate(RelationKind.ATTACK, restated, claim("R"));
		assertEquals(OUT, grounded().label(claim));
		assertEquals(OUT, grounded().label(restated));
	}

	@Test
	void concededCriticalQuestionUndercutsTheAnalogy() {
		Claim conclusion = claim("C");
		Analogy analogy = MapElements.newAnalogy("like X", "X", "C's case"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		map.getNodes().add(analogy);
		relate(RelationKind.ANALOGY, conclusion, analogy);
		CriticalQuestion question = ArgmapFactory.eINSTANCE.createCriticalQuestion();
		question.setKind(CriticalQuestionKind.RELEVANT_DIFFERENCES);
		question.setStatus(QuestionStatus.ANSWERED);
		analogy.getCriticalQuestions().add(question);
		assertEquals(IN, grounded().label(conclusion), "an answered question leaves the analogy standing");
		question.setStatus(QuestionStatus.CONCEDED);
		assertEquals(OUT, grounded().label(conclusion), "its only support, the analogy, is undercut");
		assertEquals(IN, grounded().label(analogy), "the analogy node itself is not attacked");
	}

	@Test
	void circularSupportIsNotGrounded() {
		Claim a = claim("A");
		Claim b = claim("B");
		relate(RelationKind.SUPPORT, a, b);
		relate(RelationKind.SUPPORT, b, a);
		assertEquals(UNDEC, grounded().label(a));
		MapEvaluation preferred = MapEvaluation.of(map, Semantics.PREFERRED);
		assertEquals(2, preferred.evaluation().labellings().size(), "both stand, or both fall");
	}
}
