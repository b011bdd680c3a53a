package org.argmap.interchange;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.argmap.interchange.ModelColumns.Column;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.Identified;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Model objects as JSON fields, found reflectively from the Ecore classes: each attribute is a field under
 * its {@link ModelColumns} name (strings, numbers and booleans as such, a list as an array of strings, dates
 * and enumerations as their text); each contained part (a node's position, anchors, correspondences and
 * critical questions) is an object, or an array of objects, under its reference's name; a reference to a
 * document is the document's id. Argmap's extension of AIF and OVA is written and read this way, and
 * Cytoscape's data columns are written so, so a new attribute or part reaches them with no edit.
 */
public final class JsonModel {

	/** Names that differ from the reference's, kept from files written before the fields were reflective. */
	private static final Map<EReference, String> PART_NAMES = Map
			.of(ArgmapPackage.Literals.ANALOGY__CRITICAL_QUESTIONS, "questions"); //$NON-NLS-1$

	/** Found once per class: with 100,000 nodes the reflective walk would otherwise dominate an export. */
	private static final Map<EClass, List<Column>> COLUMNS = new ConcurrentHashMap<>();

	/** Finds a referenced object, such as an anchor's document, by its id. */
	@FunctionalInterface
	public interface References {
		/** The object called {@code id}, or null when there is none. */
		Identified find(EReference reference, String id);
	}

	private JsonModel() {
	}

	private static List<Column> columns(EClass eClass) {
		return COLUMNS.computeIfAbsent(eClass, ModelColumns::of);
	}

	private static String partName(EReference reference) {
		return PART_NAMES.getOrDefault(reference, reference.getName());
	}

	/** Writes {@code owner}'s attributes, those in {@code leftOut} excepted, as fields of the open object. */
	public static void writeColumns(JsonGenerator json, EObject owner, Set<EAttribute> leftOut) throws IOException {
		for (Column column : columns(owner.eClass())) {
			if (!leftOut.contains(column.attribute())) {
				writeColumn(json, owner, column);
			}
		}
	}

	/**
	 * Writes {@code owner}'s attributes ({@code leftOut} excepted), its contained parts and its references to
	 * other objects as fields of the open object.
	 */
	public static void writeFields(JsonGenerator json, EObject owner, Set<EAttribute> leftOut) throws IOException {
		writeColumns(json, owner, leftOut);
		for (EReference reference : owner.eClass().getEAllReferences()) {
			Object value = owner.eGet(reference);
			if (reference.isContainment() && reference.isMany()) {
				List<?> parts = (List<?>) value;
				if (!parts.isEmpty()) {
					json.writeArrayFieldStart(partName(reference));
					for (Object part : parts) {
						json.writeStartObject();
						writeFields(json, (EObject) part, Set.of());
						json.writeEndObject();
					}
					json.writeEndArray();
				}
			} else if (reference.isContainment() && value != null) {
				json.writeObjectFieldStart(partName(reference));
				writeFields(json, (EObject) value, Set.of());
				json.writeEndObject();
			} else if (!reference.isMany() && value instanceof Identified referenced) {
				json.writeStringField(reference.getName(), referenced.getId());
			}
		}
	}

	private static void writeColumn(JsonGenerator json, EObject owner, Column column) throws IOException {
		if (column.isList()) {
			List<String> values = column.texts(owner);
			if (!values.isEmpty()) {
				json.writeArrayFieldStart(column.name());
				for (String value : values) {
					json.writeString(value);
				}
				json.writeEndArray();
			}
			return;
		}
		String text = column.text(owner);
		if (text == null) {
			return;
		}
		Object value = owner.eGet(column.attribute());
		switch (column.type()) {
		case "boolean" -> json.writeBooleanField(column.name(), (Boolean) value); //$NON-NLS-1$
		case "int" -> json.writeNumberField(column.name(), (Integer) value); //$NON-NLS-1$
		case "double" -> json.writeNumberField(column.name(), (Double) value); //$NON-NLS-1$
		default -> json.writeStringField(column.name(), text);
		}
	}

	/**
	 * Sets {@code owner}'s attributes from the fields of {@code fields} that name them, those in
	 * {@code leftOut} excepted; absent fields leave the attribute as it is. {@code ownerName} names the owner in
	 * messages.
	 *
	 * @throws ImportException naming the field's place when a value is of the wrong JSON type or no value of
	 *                         the attribute's
	 */
	public static void readColumns(JsonTree tree, Map<String, Object> fields, EObject owner, Set<EAttribute> leftOut,
			String ownerName) throws ImportException {
		for (Column column : columns(owner.eClass())) {
			if (fields.containsKey(column.name()) && !leftOut.contains(column.attribute())) {
				readColumn(tree, fields, owner, column, ownerName);
			}
		}
	}

	/**
	 * Sets {@code owner}'s attributes ({@code leftOut} excepted), contained parts and references from
	 * {@code fields}, as {@link #writeFields} wrote them; {@code references} finds referenced objects by id.
	 */
	public static void readFields(JsonTree tree, Map<String, Object> fields, EObject owner, Set<EAttribute> leftOut,
			References references, String ownerName) throws ImportException {
		readColumns(tree, fields, owner, leftOut, ownerName);
		for (EReference reference : owner.eClass().getEAllReferences()) {
			String name = partName(reference);
			if (!fields.containsKey(name)) {
				continue;
			}
			if (reference.isContainment() && reference.isMany()) {
				@SuppressWarnings("unchecked")
				List<EObject> parts = (List<EObject>) owner.eGet(reference);
				List<?> entries = tree.arrayField(fields, name);
				for (int i = 0; i < entries.size(); i++) {
					if (!(entries.get(i) instanceof Map<?, ?> given)) {
						throw elementOfWrongType(tree, fields, name, i, Messages.Aif_jsonObject);
					}
					parts.add(readPart(tree, JsonTree.object(given), reference, references, ownerName));
				}
			} else if (reference.isContainment()) {
				Map<String, Object> given = tree.objectField(fields, name);
				// a single part (a node's position) is whole or wrong: a missing coordinate is not 0
				for (Column column : columns(reference.getEReferenceType())) {
					if (!given.containsKey(column.name())) {
						throw tree.failure(given, Messages.bind(Messages.Aif_missingField, name + '.' + column.name()));
					}
				}
				owner.eSet(reference, readPart(tree, given, reference, references, ownerName));
			} else if (!reference.isMany()) {
				String id = tree.string(fields, name);
				Identified referenced = references.find(reference, id);
				if (referenced == null) {
					throw tree.failure(fields, name,
							Messages.bind(Messages.Aif_badExtension, ownerName, name + ' ' + id));
				}
				owner.eSet(reference, referenced);
			}
		}
	}

	/** The {@code index}-th element of the array {@code name} is not the {@code expected} JSON kind. */
	private static ImportException elementOfWrongType(JsonTree tree, Map<String, Object> fields, String name, int index,
			String expected) {
		Object element = ((List<?>) fields.get(name)).get(index);
		return tree.failure(fields, name, Messages.bind(Messages.Aif_wrongType,
				new Object[] { name + '[' + index + ']', expected, JsonTree.jsonKind(element) }));
	}

	private static EObject readPart(JsonTree tree, Map<String, Object> fields, EReference reference,
			References references, String ownerName) throws ImportException {
		EObject part = EcoreUtil.create(reference.getEReferenceType());
		readFields(tree, fields, part, Set.of(), references, ownerName);
		return part;
	}

	private static void readColumn(JsonTree tree, Map<String, Object> fields, EObject owner, Column column,
			String ownerName) throws ImportException {
		String name = column.name();
		if (column.isList()) {
			List<?> values = tree.arrayField(fields, name);
			for (int i = 0; i < values.size(); i++) {
				if (!(values.get(i) instanceof String value)) {
					throw elementOfWrongType(tree, fields, name, i, Messages.Aif_jsonString);
				}
				column.set(owner, value);
			}
			return;
		}
		switch (column.type()) {
		case "boolean" -> owner.eSet(column.attribute(), tree.flag(fields, name)); //$NON-NLS-1$
		// the model's whole numbers are character offsets
		case "int" -> owner.eSet(column.attribute(), tree.offset(fields, name)); //$NON-NLS-1$
		case "double" -> owner.eSet(column.attribute(), tree.number(fields, name)); //$NON-NLS-1$
		default -> {
			String text = tree.string(fields, name);
			if (text == null) {
				return; // JSON's null: no value, as if absent
			}
			try {
				column.set(owner, text);
			} catch (IllegalArgumentException | DateTimeException e) {
				throw tree.failure(fields, name, Messages.bind(Messages.Aif_badExtension, ownerName, name + ' ' + text));
			}
		}
		}
	}
}
