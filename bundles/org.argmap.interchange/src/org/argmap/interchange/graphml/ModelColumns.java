package org.argmap.interchange.graphml;

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
 * The model's attributes as GraphML columns, found reflectively from the Ecore classes: every attribute of
 * a map, document, node, anchor, correspondence or critical question is written and read under its own name
 * (three keep the names files already use), so a new attribute reaches GraphML with no edit here. Ids,
 * positions and references have their own places in a GraphML file and are not columns.
 */
final class ModelColumns {

	private static final ArgmapPackage MODEL = ArgmapPackage.eINSTANCE;

	/** Names that differ from the attribute's, kept from files written before the columns were reflective. */
	private static final Map<EAttribute, String> FILE_NAMES = Map.of(MODEL.getTextAnchor_Exact(), "quote", //$NON-NLS-1$
			MODEL.getCorrespondence_SourceAspect(), "source", //$NON-NLS-1$
			MODEL.getCorrespondence_TargetAspect(), "target"); //$NON-NLS-1$

	/** One attribute as a column: its name in the file and how its values are written and read. */
	record Column(String name, EAttribute attribute) {

		/** The GraphML {@code attr.type}. */
		String type() {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (type == int.class || type == Integer.class) {
				return "int"; //$NON-NLS-1$
			}
			if (type == double.class || type == Double.class) {
				return "double"; //$NON-NLS-1$
			}
			return type == boolean.class || type == Boolean.class ? "boolean" : "string"; //$NON-NLS-1$ //$NON-NLS-2$
		}

		/**
		 * The owner's value as text, or null for none: an unset optional value, a null string or an empty list.
		 * Lists are tags, joined as {@link GraphmlVocabulary#joinTags} says.
		 */
		String valueOf(EObject owner) {
			if (attribute.isUnsettable() && !owner.eIsSet(attribute)) {
				return null;
			}
			Object value = owner.eGet(attribute);
			if (attribute.isMany()) {
				List<?> values = (List<?>) value;
				return values.isEmpty() ? null
						: GraphmlVocabulary.joinTags(values.stream().map(String::valueOf).toList());
			}
			if (value == null) {
				return null;
			}
			if (value instanceof Date date) {
				return Instant.ofEpochMilli(date.getTime()).toString();
			}
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}

		/**
		 * Sets the owner's value from text.
		 *
		 * @throws IllegalArgumentException if the text is no value of the attribute's type (an
		 *                                  {@link ArithmeticException} for a fractional whole number, a
		 *                                  {@link java.time.DateTimeException} for a bad date)
		 */
		@SuppressWarnings("unchecked")
		void set(EObject owner, String text) {
			if (attribute.isMany()) {
				((List<Object>) owner.eGet(attribute)).addAll(GraphmlVocabulary.splitTags(text));
				return;
			}
			owner.eSet(attribute, parse(attribute.getEAttributeType(), text));
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
			boolean number = instance == double.class || instance == Double.class || instance == boolean.class;
			return EcoreUtil.createFromString(type, number ? text.strip() : text);
		}
	}

	private ModelColumns() {
	}

	/** The columns of {@code eClass}'s attributes, ids left out, in the model's order. */
	static List<Column> of(EClass eClass) {
		List<Column> columns = new ArrayList<>();
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (attribute != MODEL.getIdentified_Id()) {
				columns.add(new Column(FILE_NAMES.getOrDefault(attribute, attribute.getName()), attribute));
			}
		}
		return columns;
	}

	/** The columns of several classes, each name once: the node columns of claims, rebuttals and analogies. */
	static List<Column> ofAll(EClass... eClasses) {
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
