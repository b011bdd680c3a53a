package org.argmap.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The one Jackson factory of every JSON format Argmap reads or writes. Reading is bounded, since every file
 * read comes from elsewhere: nesting, string and document length are limited and duplicate field names are
 * errors. Neither side closes the caller's stream.
 */
public final class JsonFiles {

	private static final int MAX_DEPTH = 64;
	/** Document snapshots are the longest strings: up to the 64 MB a source document may have. */
	private static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
					.maxStringLength(MAX_STRING_LENGTH).maxDocumentLength(InputLimits.MAX_BYTES).build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private JsonFiles() {
	}

	/** A bounded parser of {@code in}; its limits throw {@link com.fasterxml.jackson.core.exc.StreamConstraintsException}. */
	public static JsonParser parser(InputStream in) throws IOException {
		return FACTORY.createParser(in);
	}

	/** A pretty-printing UTF-8 generator writing to {@code out}. */
	public static JsonGenerator generator(OutputStream out) throws IOException {
		JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
		json.useDefaultPrettyPrinter();
		return json;
	}
}
