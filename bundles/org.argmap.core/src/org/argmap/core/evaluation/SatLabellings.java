package org.argmap.core.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * Complete, preferred and stable labellings through Sat4j, on the encoding of Cerutti et al. (PrefSAT):
 * per argument a variable "IN" and a variable "OUT", with IN exactly when every attacker is OUT and OUT
 * exactly when some attacker is IN. Preferred extensions are found by growing a complete extension until
 * no larger one exists, then excluding its subsets; stable ones by also forbidding UNDEC.
 */
final class SatLabellings {

	private final Framework framework;
	private final ISolver solver = SolverFactory.newDefault();
	private final int size;
	private boolean unsatisfiable;

	/** The clauses of complete labellings, with the grounded labels fixed (they hold in every one). */
	SatLabellings(Framework framework, Labelling grounded, boolean stable) {
		this.framework = framework;
		this.size = framework.size();
		solver.newVar(2 * size);
		try {
			for (int a = 0; a < size; a++) {
				addComplete(a);
				if (grounded.get(a) == Label.IN) {
					solver.addClause(clause(in(a)));
				} else if (grounded.get(a) == Label.OUT) {
					solver.addClause(clause(out(a)));
				}
				if (stable) {
					solver.addClause(clause(in(a), out(a)));
				}
			}
		} catch (ContradictionException e) {
			unsatisfiable = true;
		}
	}

	private void addComplete(int a) throws ContradictionException {
		solver.addClause(clause(-in(a), -out(a)));
		int attackers = framework.attackerCount(a);
		int[] inIfAllOut = new int[attackers + 1];
		int[] outIfSomeIn = new int[attackers + 1];
		for (int k = 0; k < attackers; k++) {
			int b = framework.attacker(a, k);
			solver.addClause(clause(-in(a), out(b)));
			solver.addClause(clause(-in(b), out(a)));
			inIfAllOut[k] = -out(b);
			outIfSomeIn[k] = in(b);
		}
		inIfAllOut[attackers] = in(a);
		outIfSomeIn[attackers] = -out(a);
		solver.addClause(new VecInt(inIfAllOut));
		solver.addClause(new VecInt(outIfSomeIn));
	}

	private static VecInt clause(int... literals) {
		return new VecInt(literals);
	}

	private static int in(int a) {
		return a + 1;
	}

	private int out(int a) {
		return size + a + 1;
	}

	/** Every labelling the clauses allow, up to {@code limit}. */
	List<Labelling> all(int limit) {
		List<Labelling> found = new ArrayList<>();
		try {
			while (found.size() < limit && !unsatisfiable && solver.isSatisfiable()) {
				BitSet extension = modelIn();
				found.add(Labelling.ofExtension(framework, extension));
				int[] blocking = new int[size];
				for (int a = 0; a < size; a++) {
					blocking[a] = extension.get(a) ? -in(a) : in(a);
				}
				if (!block(blocking)) {
					break;
				}
			}
		} catch (TimeoutException e) {
			throw new IllegalStateException(e);
		}
		return found;
	}

	/** The labellings with a maximal IN set among those the clauses allow, up to {@code limit}. */
	List<Labelling> maximal(int limit) {
		List<Labelling> found = new ArrayList<>();
		try {
			while (found.size() < limit && !unsatisfiable && solver.isSatisfiable()) {
				BitSet extension = grow(modelIn());
				found.add(Labelling.ofExtension(framework, extension));
				if (!block(outside(extension))) {
					break;
				}
			}
		} catch (TimeoutException | ContradictionException e) {
			throw new IllegalStateException(e);
		}
		return found;
	}

	/** Grows {@code extension} while a strictly larger one satisfies the clauses. */
	private BitSet grow(BitSet extension) throws TimeoutException, ContradictionException {
		while (extension.cardinality() < size) {
			int selector = solver.nextFreeVarId(true);
			int[] larger = outside(extension);
			int[] withSelector = new int[larger.length + 1];
			System.arraycopy(larger, 0, withSelector, 0, larger.length);
			withSelector[larger.length] = -selector;
			solver.addClause(new VecInt(withSelector));
			VecInt assumptions = new VecInt();
			for (int a = extension.nextSetBit(0); a >= 0; a = extension.nextSetBit(a + 1)) {
				assumptions.push(in(a));
			}
			assumptions.push(selector);
			boolean grown = solver.isSatisfiable(assumptions);
			if (grown) {
				extension = modelIn();
			}
			// the selector's clause is retired for good
			solver.addClause(clause(-selector));
			if (!grown) {
				break;
			}
		}
		return extension;
	}

	/** The literals "IN" of every argument outside {@code extension}. */
	private int[] outside(BitSet extension) {
		int[] literals = new int[size - extension.cardinality()];
		int i = 0;
		for (int a = extension.nextClearBit(0); a < size; a = extension.nextClearBit(a + 1)) {
			literals[i++] = in(a);
		}
		return literals;
	}

	/** Adds a clause; answers false when nothing can satisfy the clauses any more. */
	private boolean block(int[] literals) {
		if (literals.length == 0) {
			return false;
		}
		try {
			solver.addClause(new VecInt(literals));
			return true;
		} catch (ContradictionException e) {
			return false;
		}
	}

	private BitSet modelIn() {
		BitSet extension = new BitSet(size);
		for (int a = 0; a < size; a++) {
			if (solver.model(in(a))) {
				extension.set(a);
			}
		}
		return extension;
	}
}
