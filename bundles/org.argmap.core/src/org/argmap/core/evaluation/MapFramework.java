package org.argmap.core.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.evaluation.MapArgument.Kind;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.eclipse.emf.ecore.EObject;

/**
 * The argumentation framework of a map (see README, "Which claims stand"):
 * <ul>
 * <li>Equivalent nodes are one argument, so they stand or fall together.</li>
 * <li>An attack makes its source attack its target.</li>
 * <li>A support or analogy relation is an inference argument, defeated when one of its premises does not
 * stand (linked premises act together) or when it is undercut; a conceded critical question of an analogy
 * undercuts its analogy relations.</li>
 * <li>A node with supports stands only while one of its inferences stands: losing one support costs only
 * that support; losing all of them costs the node. A node without supports stands unless attacked.</li>
 * </ul>
 * "Does not stand" is an argument of its own (IN exactly when the premise is OUT), which keeps the whole
 * construction inside Dung's frameworks, so that every semantics applies unchanged.
 */
public final class MapFramework {

	private final Framework framework;
	private final List<MapArgument> arguments;
	private final Map<Node, Integer> nodeArguments;

	private MapFramework(Framework framework, List<MapArgument> arguments, Map<Node, Integer> nodeArguments) {
		this.framework = framework;
		this.arguments = arguments;
		this.nodeArguments = nodeArguments;
	}

	public Framework framework() {
		return framework;
	}

	public MapArgument argument(int index) {
		return arguments.get(index);
	}

	/** The argument of {@code node} (shared by the nodes equivalent to it), or -1 for a node not in the map. */
	public int argumentOf(Node node) {
		Integer index = nodeArguments.get(node);
		return index == null ? -1 : index;
	}

	public static MapFramework of(ArgumentMap map) {
		return new Construction(map).build();
	}

	private static final class Construction {
		private final ArgumentMap map;
		private final Framework.Builder attacks = Framework.builder(0);
		private final List<MapArgument> arguments = new ArrayList<>();
		private final Map<Node, Node> representatives = new IdentityHashMap<>();
		private final Map<Node, Integer> nodeArguments = new IdentityHashMap<>();
		private final Map<Node, Integer> premiseFails = new IdentityHashMap<>();
		private final Map<Node, Integer> unsupported = new IdentityHashMap<>();
		/** Inference and attack arguments of relations, for undercuts to attack. */
		private final Map<Relation, Integer> relationArguments = new HashMap<>();

		Construction(ArgumentMap map) {
			this.map = map;
		}

		MapFramework build() {
			for (Relation relation : map.getRelations()) {
				if (relation.getKind() == RelationKind.EQUIVALENCE && relation.getTarget() instanceof Node target) {
					relation.getSources().forEach(source -> union(source, target));
				}
			}
			for (Node node : map.getNodes()) {
				Node representative = find(node);
				nodeArguments.put(node, nodeArguments.computeIfAbsent(representative, r -> add(Kind.CLAIM, r)));
			}
			Set<Relation> undercut = new HashSet<>();
			for (Relation relation : map.getRelations()) {
				if (isAttack(relation) && relation.getTarget() instanceof Relation target) {
					undercut.add(target);
				}
			}
			for (Relation relation : map.getRelations()) {
				if (!nodeArguments.keySet().containsAll(relation.getSources())) {
					continue; // a source outside the map (a broken file) takes no part
				}
				if (isInference(relation) && relation.getTarget() instanceof Node conclusion
						&& nodeArguments.containsKey(conclusion)) {
					int inference = add(Kind.INFERENCE, relation);
					relationArguments.put(relation, inference);
					premisesOf(relation, inference);
					int notSupported = unsupported.computeIfAbsent(find(conclusion), this::unsupportedArgument);
					attacks.attack(inference, notSupported);
				} else if (isAttack(relation) && (relation.getSources().size() > 1 || undercut.contains(relation))) {
					int attack = add(Kind.ATTACK, relation);
					relationArguments.put(relation, attack);
					premisesOf(relation, attack);
				}
			}
			for (Relation relation : map.getRelations()) {
				if (!nodeArguments.keySet().containsAll(relation.getSources()) || relation.getSources().isEmpty()) {
					continue;
				}
				if (isAttack(relation)) {
					Integer target = targetArgument(relation.getTarget());
					if (target != null) {
						Integer attack = relationArguments.get(relation);
						if (attack != null) {
							attacks.attack(attack, target);
						} else {
							attacks.attack(nodeArguments.get(relation.getSources().get(0)), target);
						}
					}
				} else if (relation.getKind() == RelationKind.ANALOGY) {
					concededQuestionsUndercut(relation);
				}
			}
			return new MapFramework(attacks.build(), List.copyOf(arguments), nodeArguments);
		}

		private void concededQuestionsUndercut(Relation relation) {
			Integer inference = relationArguments.get(relation);
			for (Node source : relation.getSources()) {
				if (inference != null && source instanceof Analogy analogy) {
					for (CriticalQuestion question : analogy.getCriticalQuestions()) {
						if (question.getStatus() == QuestionStatus.CONCEDED) {
							attacks.attack(add(Kind.CONCEDED, question), inference);
						}
					}
				}
			}
		}

		private Integer targetArgument(ArgumentElement target) {
			if (target instanceof Node node) {
				return nodeArguments.get(node);
			}
			return relationArguments.get(target);
		}

		/** Makes each premise's "does not stand" attack {@code argument}. */
		private void premisesOf(Relation relation, int argument) {
			for (Node premise : relation.getSources()) {
				attacks.attack(premiseFails.computeIfAbsent(find(premise), this::premiseFailsArgument), argument);
			}
		}

		private int premiseFailsArgument(Node representative) {
			int fails = add(Kind.PREMISE_FAILS, representative);
			attacks.attack(nodeArguments.get(representative), fails);
			return fails;
		}

		private int unsupportedArgument(Node representative) {
			int notSupported = add(Kind.UNSUPPORTED, representative);
			attacks.attack(notSupported, nodeArguments.get(representative));
			return notSupported;
		}

		private int add(Kind kind, EObject element) {
			arguments.add(new MapArgument(kind, element));
			return attacks.add();
		}

		private Node find(Node node) {
			Node parent = representatives.getOrDefault(node, node);
			if (parent == node) {
				return node;
			}
			Node root = find(parent);
			representatives.put(node, root);
			return root;
		}

		private void union(Node a, Node b) {
			Node rootA = find(a);
			Node rootB = find(b);
			if (rootA != rootB) {
				representatives.put(rootB, rootA);
			}
		}

		private static boolean isInference(Relation relation) {
			return relation.getKind() == RelationKind.SUPPORT || relation.getKind() == RelationKind.ANALOGY;
		}

		/** Attacks and undercuts alike: what they attack, a node or a relation, says which they are. */
		private static boolean isAttack(Relation relation) {
			return relation.getKind() == RelationKind.ATTACK || relation.getKind() == RelationKind.UNDERCUT;
		}
	}
}
