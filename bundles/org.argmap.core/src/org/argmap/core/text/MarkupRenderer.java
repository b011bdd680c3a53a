package org.argmap.core.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.nodes.Entities;

/**
 * Renders a stored text through commonmark-java's syntax tree into the text a reader sees, noting for every
 * character it writes where that came from in the stored text. A plain text is read as paragraphs with inline
 * markup only, so that indented lines, "1." or "#" at a line's start stay prose; Markdown gets all its blocks.
 * HTML tags are hidden, block elements start a new line, and the text of scripts and styles is left out, as
 * {@link HtmlText} does for HTML files.
 */
final class MarkupRenderer {

	private static final Parser PLAIN = Parser.builder().enabledBlockTypes(Set.of())
			.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
	private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
			.build();
	/** Cheap test for anything that could be a tag, a link or an image, before parsing. */
	private static final Pattern MAY_HOLD_MARKUP = Pattern.compile("<[A-Za-z/!]|\\]\\("); //$NON-NLS-1$
	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)"); //$NON-NLS-1$
	/** A tag cut off at the end of its line, as pasted web pages often are: {@code <a href="https:...}. */
	private static final Pattern TRUNCATED_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9]*)\\s+[A-Za-z_:][-\\w:.]*\\s*=[^<>]*"); //$NON-NLS-1$
	private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"); //$NON-NLS-1$
	/**
	 * Emphasis in a plain text is prose ({@code 2*3*4}), so its delimiters are masked from the parser. So are a
	 * Markdown text's beyond this many: commonmark's search for emphasis takes time growing with their square.
	 */
	private static final int MAX_DELIMITERS = 20_000;
	/** Stands for {@code *} and {@code _} where they are not to open emphasis; the same length keeps offsets. */
	private static final char MASK = '\ue000';
	/** How far a literal character is looked for in its stored text, past escapes and indentation. */
	private static final int LOOK_AHEAD = 64;
	/** HTML elements; a tag of another name ({@code <name>} in prose) is shown as written. */
	private static final Set<String> ELEMENTS = new HashSet<>(Set.of("a", "abbr", "audio", "b", "big", "body", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"button", "caption", "center", "cite", "code", "col", "colgroup", "del", "em", "font", "form", "html", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"i", "iframe", "img", "input", "ins", "kbd", "label", "link", "mark", "meta", "picture", "q", "s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"small", "source", "span", "strong", "sub", "sup", "svg", "tbody", "tfoot", "thead", "time", "title", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"u", "video", "wbr")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	static {
		ELEMENTS.addAll(HtmlText.BLOCKS);
		ELEMENTS.addAll(HtmlText.INVISIBLE);
	}

	private final String source;
	/** The stored text as the parser gets it: with emphasis delimiters masked unless they are Markdown's. */
	private final String parsed;
	/** Whether the text is Markdown; in a plain text, code spans and escapes are prose and shown as written. */
	private final boolean markdown;
	private final StringBuilder text = new StringBuilder();
	private final OffsetMap map = new OffsetMap();
	/** Where the parsed input begins in the stored text: an HTML block is parsed again on its own. */
	private int base;
	/** Where the last closing tag of each element begins in the paragraph or heading being walked. */
	private final Map<String, Integer> closingTags = new HashMap<>();
	/** How deep the walk is inside elements whose text is not shown. */
	private int hidden;
	/** Where the last node walked ends in the stored text. */
	private int consumed;
	/** HTML tags, links or images: markup even in a plain text. */
	private boolean sawMarkup;
	/** Markdown that plain prose may hold too: emphasis, escapes, headings, lists. */
	private boolean sawMarkdown;

	private MarkupRenderer(String source, boolean markdown) {
		this.source = source;
		this.markdown = markdown;
		boolean emphasis = markdown && delimiters(source) <= MAX_DELIMITERS;
		this.parsed = emphasis ? source : source.replace('*', MASK).replace('_', MASK);
	}

	private static int delimiters(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			count += c == '*' || c == '_' ? 1 : 0;
		}
		return count;
	}

	static boolean mayHoldMarkup(String stored) {
		return MAY_HOLD_MARKUP.matcher(stored).find();
	}

	static MarkupRenderer render(String stored, boolean markdown) {
		MarkupRenderer renderer = new MarkupRenderer(stored, markdown);
		renderer.blocks((markdown ? MARKDOWN : PLAIN).parse(renderer.parsed));
		if (stored.endsWith("\n") && !renderer.text.isEmpty() && !renderer.endsWithLineBreak()) { //$NON-NLS-1$
			renderer.lineBreak(stored.length() - 1, stored.length());
		}
		return renderer;
	}

	String text() {
		return text.toString();
	}

	OffsetMap map() {
		return map;
	}

	/** Whether the text holds HTML tags, links or images: markup even in a plain text. */
	boolean sawMarkup() {
		return sawMarkup;
	}

	/** Whether the text holds any markup, Markdown's emphasis, escapes and blocks included. */
	boolean sawMarkdown() {
		return sawMarkup || sawMarkdown;
	}

	private void blocks(Node parent) {
		int previousEnd = -1;
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			int start = start(child);
			if (previousEnd >= 0 && start >= previousEnd) {
				separate(previousEnd, start);
			}
			block(child);
			previousEnd = Math.max(previousEnd, end(child));
			consumed = Math.max(consumed, previousEnd);
		}
	}

	/** Blocks are on lines of their own, with an empty line between them where the stored text has one. */
	private void separate(int from, int to) {
		if (text.isEmpty()) {
			return;
		}
		int next = endsWithLineBreak() ? from : lineBreak(from, to);
		int lineEnds = 0;
		for (int at = from; at < to; at++) {
			lineEnds += source.charAt(at) == '\n' ? 1 : 0;
		}
		boolean emptyLineShown = text.length() > 1 && text.charAt(text.length() - 2) == '\n';
		if (lineEnds > 1 && !emptyLineShown) {
			lineBreak(next, to);
		}
	}

	private void block(Node block) {
		if (block instanceof Paragraph) {
			inlineBlock(block);
		} else if (block instanceof Heading) {
			sawMarkdown = true;
			inlineBlock(block);
		} else if (block instanceof HtmlBlock) {
			sawMarkdown = true;
			htmlBlock(block);
		} else if (block instanceof FencedCodeBlock code) {
			sawMarkdown = true;
			List<SourceSpan> spans = code.getSourceSpans();
			int afterFence = spans.isEmpty() ? start(code) : base + spans.get(0).getInputIndex() + spans.get(0).getLength();
			verbatim(code.getLiteral(), afterFence, end(code));
		} else if (block instanceof IndentedCodeBlock code) {
			sawMarkdown = true;
			verbatim(code.getLiteral(), start(code), end(code));
		} else if (block instanceof ListItem item) {
			listMarker(item);
			blocks(item);
		} else if (block instanceof ThematicBreak || block instanceof LinkReferenceDefinition) {
			sawMarkdown = true;
		} else {
			sawMarkdown |= block instanceof BlockQuote || block instanceof ListBlock;
			blocks(block);
		}
	}

	/** Markdown leaves the text of an HTML block alone; a reader still sees only its text. */
	private void htmlBlock(Node block) {
		int from = start(block);
		int to = end(block);
		if (from < 0 || to <= from) {
			return;
		}
		int outer = base;
		base = from;
		blocks(PLAIN.parse(parsed.substring(from, to)));
		base = outer;
	}

	/** A bullet for a bullet list, the stored number for a numbered one. */
	private void listMarker(ListItem item) {
		int from = start(item);
		int to = item.getFirstChild() == null ? end(item) : start(item.getFirstChild());
		if (from < 0 || to < from) {
			return;
		}
		String marker = source.substring(from, to).strip();
		if (item.getParent() instanceof BulletList || marker.isEmpty()) {
			generate("\u2022 ", from, to); //$NON-NLS-1$
		} else {
			int at = source.indexOf(marker, from);
			copy(at, marker.length());
			generate(" ", at + marker.length(), at + marker.length()); //$NON-NLS-1$
		}
	}

	/**
	 * A paragraph or heading. A script or style hides text up to its closing tag in the same block only: prose
	 * that names a {@code <script>} tag does not hide the rest of the document.
	 */
	private void inlineBlock(Node block) {
		closingTags.clear();
		noteClosingTags(block);
		inlines(block);
		hidden = 0;
	}

	private void noteClosingTags(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			Matcher matcher = child instanceof HtmlInline tag ? TAG.matcher(tag.getLiteral()) : null;
			if (matcher != null && matcher.lookingAt() && !matcher.group(1).isEmpty()) {
				closingTags.put(matcher.group(2).toLowerCase(Locale.ROOT), start(child));
			}
			noteClosingTags(child);
		}
	}

	private void inlines(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			inline(child);
			consumed = Math.max(consumed, end(child));
		}
	}

	private void inline(Node node) {
		if (node instanceof Text text && tableResidue(text)) {
			return;
		} else if (node instanceof Text text) {
			text(text);
		} else if (node instanceof HtmlInline tag) {
			tag(tag);
		} else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			sawMarkdown |= node instanceof HardLineBreak;
			if (text.isEmpty() || endsWithLineBreak()) {
				return; // the line showed nothing but markup: it is left out, not shown empty
			}
			int next = node.getNext() == null ? end(node.getParent()) : start(node.getNext());
			lineBreak(consumed, next < 0 ? source.length() : next);
		} else if (node instanceof Code code && !markdown) {
			copy(start(code), end(code) - start(code));
		} else if (node instanceof Code code) {
			sawMarkdown = true;
			verbatim(code.getLiteral(), start(code), end(code));
		} else if (node instanceof Image) {
			sawMarkup = true;
		} else if (node instanceof Link) {
			sawMarkup = true;
			inlines(node);
		} else {
			sawMarkdown |= node instanceof Emphasis || node instanceof StrongEmphasis;
			inlines(node);
		}
	}

	/**
	 * Whether {@code node} is all that is left of its line once markup is hidden, and holds nothing but table
	 * bars: what pasted web pages leave of layout tables ({@code ![]() |}), no words to read.
	 */
	private boolean tableResidue(Text node) {
		String literal = node.getLiteral();
		if (literal.isBlank() || !literal.chars().allMatch(c -> c == '|' || Character.isWhitespace(c))) {
			return false;
		}
		Node next = node.getNext();
		if (next != null && !(next instanceof SoftLineBreak) && !(next instanceof HardLineBreak)) {
			return false;
		}
		for (int at = text.length() - 1; at >= 0 && text.charAt(at) != '\n'; at--) {
			if (!Character.isWhitespace(text.charAt(at))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A text node's literal, each character traced to the stored text: commonmark merges escaped characters and
	 * entities into the literal, so a backslash before punctuation is skipped and an entity stands for its
	 * characters.
	 */
	private void text(Text node) {
		String literal = node.getLiteral();
		int[] at = positions(node);
		int cut = truncatedTag(node);
		int j = 0;
		int i = 0;
		while (i < literal.length()) {
			char c = literal.charAt(i);
			if (j >= at.length || at[j] >= cut) {
				return;
			}
			char stored = parsed.charAt(at[j]);
			if (stored == '\\' && j + 1 < at.length && parsed.charAt(at[j + 1]) == c && isAsciiPunctuation(c)) {
				sawMarkdown = true;
				if (markdown) {
					generate(String.valueOf(c), at[j], at[j + 1] + 1);
				} else {
					copy(at[j], 2);
				}
				i++;
				j += 2;
				continue;
			}
			String entity = stored == '&' ? entity(literal, i, at[j]) : null;
			if (entity != null) {
				sawMarkdown = true;
				String decoded = Entities.unescape(entity);
				generate(decoded, at[j], at[j] + entity.length());
				i += decoded.length();
				j += entity.length();
				continue;
			}
			int found = j;
			while (found < at.length && found < j + LOOK_AHEAD && parsed.charAt(at[found]) != c) {
				found++;
			}
			if (found < at.length && parsed.charAt(at[found]) == c) {
				if (at[found] < cut) {
					copy(at[found], 1);
				}
				j = found + 1;
			} else {
				generate(String.valueOf(c), at[j], at[j]);
			}
			i++;
		}
	}

	/**
	 * The entity stored at {@code position} when commonmark decoded it into {@code literal} at {@code i}, or
	 * null: an unknown name stays as written.
	 */
	private String entity(String literal, int i, int position) {
		Matcher matcher = ENTITY.matcher(parsed).region(position, Math.min(parsed.length(), position + 40));
		if (!matcher.lookingAt()) {
			return null;
		}
		String decoded = Entities.unescape(matcher.group());
		return !decoded.equals(matcher.group()) && literal.startsWith(decoded, i) ? matcher.group() : null;
	}

	/** Where a tag cut off at its line's end begins in {@code node}, which it ends; else past the text. */
	private int truncatedTag(Text node) {
		int from = start(node);
		int to = end(node);
		int lineEnd = source.indexOf('\n', Math.max(to, 0));
		if (from < 0 || !source.substring(to, lineEnd < 0 ? source.length() : lineEnd).isBlank()) {
			return Integer.MAX_VALUE;
		}
		// [^<>] in the pattern: only the last < of the text can begin such a tag
		int open = source.lastIndexOf('<', to - 1);
		if (open < from) {
			return Integer.MAX_VALUE;
		}
		Matcher matcher = TRUNCATED_TAG.matcher(source).region(open, to);
		if (matcher.matches() && ELEMENTS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
			sawMarkup = true;
			return open;
		}
		return Integer.MAX_VALUE;
	}

	private void tag(HtmlInline node) {
		String literal = node.getLiteral();
		Matcher matcher = TAG.matcher(literal);
		if (!matcher.lookingAt()) {
			sawMarkup = true; // a comment, a declaration or a processing instruction: never shown
			return;
		}
		String name = matcher.group(2).toLowerCase(Locale.ROOT);
		if (!ELEMENTS.contains(name)) {
			copy(start(node), end(node) - start(node));
			return;
		}
		sawMarkup = true;
		boolean closing = !matcher.group(1).isEmpty();
		if (HtmlText.INVISIBLE.contains(name)) {
			boolean closed = closingTags.getOrDefault(name, -1) > start(node);
			hidden = closing ? Math.max(0, hidden - 1) : closed ? hidden + 1 : hidden;
		} else if (HtmlText.BLOCKS.contains(name) && !text.isEmpty() && !endsWithLineBreak()) {
			generate("\n", start(node), end(node)); //$NON-NLS-1$
		}
	}

	/** A literal kept as written (code): each character is looked for a little ahead in the stored text. */
	private void verbatim(String literal, int from, int to) {
		int j = Math.max(from, 0);
		for (int i = 0; i < literal.length(); i++) {
			char c = literal.charAt(i);
			int found = j;
			while (found < to && found < j + LOOK_AHEAD && !same(c, parsed.charAt(found))) {
				found++;
			}
			if (found < to && same(c, parsed.charAt(found))) {
				copy(found, 1);
				j = found + 1;
			} else {
				generate(String.valueOf(c), j, j);
			}
		}
	}

	/** Code spans turn line ends into spaces. */
	private static boolean same(char literal, char stored) {
		return literal == stored || literal == ' ' && stored == '\n';
	}

	/**
	 * Appends a line break made from the first stored line end in {@code [from, to)}, or standing for nothing
	 * at {@code from} when there is none; answers where the stored text goes on.
	 */
	private int lineBreak(int from, int to) {
		for (int at = Math.max(from, 0); at < Math.min(to, source.length()); at++) {
			if (source.charAt(at) == '\n') {
				copy(at, 1);
				return at + 1;
			}
		}
		generate("\n", from, from); //$NON-NLS-1$
		return from;
	}

	private boolean endsWithLineBreak() {
		return !text.isEmpty() && text.charAt(text.length() - 1) == '\n';
	}

	/** Appends {@code count} stored characters from {@code from} as they are. */
	private void copy(int from, int count) {
		if (hidden > 0 || count <= 0 || from < 0) {
			return;
		}
		text.append(source, from, from + count);
		map.copy(from, count);
	}

	/** Appends {@code characters} that stand together for the stored {@code [from, to)}. */
	private void generate(String characters, int from, int to) {
		if (hidden > 0) {
			return;
		}
		text.append(characters);
		map.stand(characters.length(), from, to);
	}

	private int start(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		return spans.isEmpty() ? -1 : base + spans.get(0).getInputIndex();
	}

	private int end(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		if (spans.isEmpty()) {
			return -1;
		}
		SourceSpan last = spans.get(spans.size() - 1);
		return base + last.getInputIndex() + last.getLength();
	}

	/** The stored offset of each character of {@code node}'s source spans. */
	private int[] positions(Node node) {
		int count = 0;
		for (SourceSpan span : node.getSourceSpans()) {
			count += span.getLength();
		}
		int[] positions = new int[count];
		int i = 0;
		for (SourceSpan span : node.getSourceSpans()) {
			for (int k = 0; k < span.getLength(); k++) {
				positions[i++] = base + span.getInputIndex() + k;
			}
		}
		return positions;
	}

	private static boolean isAsciiPunctuation(char c) {
		return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
	}
}
