package org.argmap.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * A JSON document read with Jackson's streaming parser into plain maps, lists, strings, numbers and
 * booleans, remembering where each object starts so that later checks can name the line. The parser is
 * {@link JsonFiles}'s, bounded for untrusted input.
 */
public final class JsonTree {

	private final Map<Object, JsonLocation> locations = new IdentityHashMap<>();
	/** Per object, where each field's value starts, in the order of the fields: line << 32 | column. */
	private final Map<Object, long[]> fieldPlaces = new IdentityHashMap<>();
	private final Path file;
	private Object root;

	private JsonTree(Path file) {
		this.file = file;
	}

	public static JsonTree parse(InputStream in, Path file) throws ImportException {
		JsonTree tree = new JsonTree(file);
		try (JsonParser parser = JsonFiles.parser(in)) {
			try {
				JsonToken first = parser.nextToken();
				if (first == null) {
					throw new ImportException(file, 0, 0, Messages.Import_empty, null);
				}
				tree.root = tree.value(parser);
				if (parser.nextToken() != null) {
					throw tree.failure(parser.currentTokenLocation(),
							Messages.bind(Messages.Json_malformed, "content after the end of the document")); //$NON-NLS-1$
				}
				return tree;
			} catch (StreamConstraintsException e) {
				// limit checks do not always know their place; the parser does
				throw tree.failure(placeOf(e, parser), Messages.bind(Messages.Json_limit, e.getOriginalMessage()));
			} catch (JsonProcessingException e) {
				throw tree.failure(placeOf(e, parser), Messages.bind(Messages.Json_malformed, e.getOriginalMessage()));
			}
		} catch (ImportException e) {
			throw e;
		} catch (IOException e) {
			throw new ImportException(file, 0, 0, Messages.bind(Messages.Import_unreadable, e.getMessage()), e);
		}
	}

	private static JsonLocation placeOf(JsonProcessingException e, JsonParser parser) {
		return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
	}

	private Object value(JsonParser parser) throws IOException {
		switch (parser.currentToken()) {
		case START_OBJECT: {
			Map<String, Object> object = new LinkedHashMap<>();
			locations.put(object, parser.currentTokenLocation());
			long[] places = new long[8];
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = checked(parser, parser.currentName());
				parser.nextToken();
				if (object.size() == places.length) {
					places = Arrays.copyOf(places, places.length * 2);
				}
				JsonLocation start = parser.currentTokenLocation();
				places[object.size()] = (long) start.getLineNr() << 32 | start.getColumnNr() & 0xffffffffL;
				object.put(name, value(parser));
			}
			fieldPlaces.put(object, places);
			return object;
		}
		case START_ARRAY: {
			List<Object> array = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				array.add(value(parser));
			}
			return array;
		}
		case VALUE_STRING:
			return checked(parser, parser.getText());
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
			return parser.getDecimalValue();
		case VALUE_TRUE:
			return Boolean.TRUE;
		case VALUE_FALSE:
			return Boolean.FALSE;
		default:
			return null;
		}
	}

	/**
	 * {@code text}, unless it holds a character that no XML file can hold (NUL, U+FFFE, U+FFFF, a lone surrogate):
	 * a map could not be saved with it.
	 */
	private String checked(JsonParser parser, String text) throws ImportException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				i++;
			} else if (c == 0 || c == '\ufffe' || c == '\uffff' || Character.isSurrogate(c)) {
				throw failure(parser.currentTokenLocation(),
						Messages.bind(Messages.Json_unwritableCharacter, String.format("U+%04X", (int) c))); //$NON-NLS-1$
			}
		}
		return text;
	}

	public Object root() {
		return root;
	}

	/** A failure at the value of {@code field} in {@code object}, or at the object where that is unknown. */
	public ImportException failure(Map<String, Object> object, String field, String problem) {
		long[] places = fieldPlaces.get(object);
		int index = 0;
		for (String name : object.keySet()) {
			if (name.equals(field) && places != null && index < places.length) {
				return new ImportException(file, (int) (places[index] >>> 32), (int) places[index], problem, null);
			}
			index++;
		}
		return failure(object, problem);
	}

	public ImportException failure(Object where, String problem) {
		JsonLocation location = where instanceof JsonLocation given ? given : locations.get(where);
		return new ImportException(file, location == null ? 0 : location.getLineNr(),
				location == null ? 0 : location.getColumnNr(), problem, null);
	}

	// --- typed reads that name the place of a wrong value ---

	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(Map<?, ?> object) {
		return (Map<String, Object>) object;
	}

	/** The object {@code field} holds, or an empty one where it is absent. */
	public Map<String, Object> objectField(Map<String, Object> object, String field) throws ImportException {
		Object value = object.get(field);
		if (value == null) {
			return Map.of();
		}
		if (value instanceof Map<?, ?> given) {
			return object(given);
		}
		throw wrongType(object, field, Messages.Aif_jsonObject);
	}

	/** The array {@code field} holds, or an empty one where it is absent. */
	public List<?> arrayField(Map<String, Object> object, String field) throws ImportException {
		Object value = object.get(field);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> given) {
			return given;
		}
		throw wrongType(object, field, Messages.Aif_jsonArray);
	}

	/** A string, or a number as written (AIFdb numbers its nodes); null where absent. */
	public String string(Map<String, Object> object, String field) throws ImportException {
		Object value = object.get(field);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		throw wrongType(object, field, Messages.Aif_jsonString);
	}

	public boolean flag(Map<String, Object> object, String field) throws ImportException {
		Object value = object.get(field);
		if (value == null || value instanceof Boolean) {
			return Boolean.TRUE.equals(value);
		}
		throw wrongType(object, field, Messages.Aif_jsonBoolean);
	}

	public double number(Map<String, Object> object, String field) throws ImportException {
		if (object.get(field) instanceof BigDecimal number && Double.isFinite(number.doubleValue())) {
			return number.doubleValue();
		}
		throw wrongType(object, field, Messages.Aif_jsonNumber);
	}

	/** A character offset: a whole number that an int holds, never rounded or clamped. */
	public int offset(Map<String, Object> object, String field) throws ImportException {
		if (!(object.get(field) instanceof BigDecimal number)) {
			throw wrongType(object, field, Messages.Aif_jsonNumber);
		}
		try {
			int offset = number.intValueExact();
			if (offset >= 0) {
				return offset;
			}
		} catch (ArithmeticException e) {
			// a fraction, or beyond an int: refused below
		}
		throw failure(object, field, Messages.bind(Messages.Aif_badOffset,
				new Object[] { field, String.valueOf(Integer.MAX_VALUE), number }));
	}

	public ImportException wrongType(Map<String, Object> object, String field, String expected) {
		return failure(object, field,
				Messages.bind(Messages.Aif_wrongType, new Object[] { field, expected, jsonKind(object.get(field)) }));
	}

	public static String jsonKind(Object value) {
		if (value instanceof Map<?, ?>) {
			return Messages.Aif_jsonObject;
		}
		if (value instanceof List<?>) {
			return Messages.Aif_jsonArray;
		}
		if (value instanceof String) {
			return Messages.Aif_jsonString;
		}
		if (value instanceof BigDecimal number) {
			return number.toString();
		}
		if (value instanceof Boolean) {
			return String.valueOf(value);
		}
		return Messages.Aif_jsonNull;
	}
}
