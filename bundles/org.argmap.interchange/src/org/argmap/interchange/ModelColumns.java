package org.argmap.interchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.argmap.model.ArgmapPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The model's attributes as the columns of every interchange format, found reflectively from the Ecore
 * classes: every attribute of a map, document, node, relation, anchor, position, correspondence or critical
 * question is written and read under its own name (a few keep the names files already use), so a new
 * attribute reaches GraphML, AIF, OVA and Cytoscape with no edit in any of them. Ids and references have their
 * own places in each format and are not columns.
 */
public final class ModelColumns {

	private static final ArgmapPackage MODEL = ArgmapPackage.eINSTANCE;

	/** Names that differ from the attribute's, kept from files written before the columns were reflective. */
	private static final Map<EAttribute, String> FILE_NAMES = Map.of(MODEL.getCorrespondence_SourceAspect(), "source", //$NON-NLS-1$
			MODEL.getCorrespondence_TargetAspect(), "target"); //$NON-NLS-1$

	/** One attribute as a column: its name in the file and how its values are written and read as text. */
	public record Column(String name, EAttribute attribute) {

		/** The value's type in the words of GraphML's {@code attr.type}: int, double, boolean or string. */
		public String type() {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (type == int.class || type == Integer.class) {
				return "int"; //$NON-NLS-1$
			}
			if (type == double.class || type == Double.class) {
				return "double"; //$NON-NLS-1$
			}
			return type == boolean.class || type == Boolean.class ? "boolean" : "string"; //$NON-NLS-1$ //$NON-NLS-2$
		}

		/** Whether the attribute holds a list (the tags): one text per element. */
		public boolean isList() {
			return attribute.isMany();
		}

		/** Whether {@code owner} has this attribute: node columns cover every node kind, not all have each. */
		public boolean isOf(EObject owner) {
			return attribute.getEContainingClass().isSuperTypeOf(owner.eClass());
		}

		/**
		 * The owner's single value as text, or null for none: an unset optional value or a null. Dates are ISO
		 * instants, enumerations their literals.
		 */
		public String text(EObject owner) {
			if (attribute.isUnsettable() && !owner.eIsSet(attribute)) {
				return null;
			}
			Object value = owner.eGet(attribute);
			if (value == null) {
				return null;
			}
			if (value instanceof Date date) {
				return Instant.ofEpochMilli(date.getTime()).toString();
			}
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}

		/** The owner's list, each element as text; empty for none. */
		public List<String> texts(EObject owner) {
			return ((List<?>) owner.eGet(attribute)).stream().map(String::valueOf).toList();
		}

		/**
		 * Sets the owner's value from text, or for a list adds one element.
		 *
		 * @throws IllegalArgumentException if the text is no value of the attribute's type (an
		 *                                  {@link ArithmeticException} for a fractional whole number, a
		 *                                  {@link java.time.DateTimeException} for a bad date)
		 */
		@SuppressWarnings("unchecked")
		public void set(EObject owner, String text) {
			Object value = parse(attribute.getEAttributeType(), text);
			if (attribute.isMany()) {
				((List<Object>) owner.eGet(attribute)).add(value);
			} else {
				owner.eSet(attribute, value);
			}
		}

		private static Object parse(EDataType type, String text) {
			Class<?> instance = type.getInstanceClass();
			if (instance == Date.class) {
				return Date.from(Instant.parse(text.strip()));
			}
			if (instance == int.class || instance == Integer.class) {
				// igraph keeps every number as a double and writes 31 as 31.0
				return new BigDecimal(text.strip()).intValueExact();
			}
			if (instance == double.class || instance == Double.class) {
				double number = Double.parseDouble(text.strip());
				if (!Double.isFinite(number)) {
					// NaN and infinities, which Java reads but no JSON holds, measure nothing
					throw new IllegalArgumentException(text);
				}
				return number;
			}
			return EcoreUtil.createFromString(type, instance == boolean.class ? text.strip() : text);
		}
	}

	private ModelColumns() {
	}

	/** The columns of {@code eClass}'s attributes, ids left out, in the model's order. */
	public static List<Column> of(EClass eClass) {
		return of(eClass, Map.of());
	}

	/**
	 * The columns of {@code eClass}'s attributes under the format's own names where {@code names} gives one, ids
	 * left out, in the model's order.
	 */
	public static List<Column> of(EClass eClass, Map<EAttribute, String> names) {
		List<Column> columns = new ArrayList<>();
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (attribute != MODEL.getIdentified_Id()) {
				String name = names.getOrDefault(attribute, FILE_NAMES.getOrDefault(attribute, attribute.getName()));
				columns.add(new Column(name, attribute));
			}
		}
		return columns;
	}

	/** The columns of several classes, each name once: the node columns of claims, rebuttals and analogies. */
	public static List<Column> ofAll(EClass... eClasses) {
		List<Column> columns = new ArrayList<>();
		for (EClass eClass : eClasses) {
			for (Column column : of(eClass)) {
				if (columns.stream().noneMatch(known -> known.name().equals(column.name()))) {
					columns.add(column);
				}
			}
		}
		return columns;
	}
}
