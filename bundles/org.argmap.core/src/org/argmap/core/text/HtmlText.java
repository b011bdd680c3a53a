package org.argmap.core.text;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees in an HTML page: scripts, styles and the head left out, runs of white space
 * collapsed as a browser does, and every block element on a line of its own.
 */
final class HtmlText implements NodeVisitor {

	/** Elements a browser starts on a line of their own. */
	static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	/** Elements whose text a browser does not show. */
	static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final StringBuilder text = new StringBuilder();

	static String of(Document document) {
		HtmlText visitor = new HtmlText();
		NodeTraversor.traverse(visitor, document.body() == null ? document : document.body());
		return visitor.text.toString().strip() + "\n"; //$NON-NLS-1$
	}

	@Override
	public void head(Node node, int depth) {
		if (node instanceof TextNode textNode && !insideInvisible(node)) {
			String words = textNode.getWholeText().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
			if (words.startsWith(" ") && (text.isEmpty() || endsWithWhitespace())) { //$NON-NLS-1$
				words = words.substring(1);
			}
			text.append(words);
		} else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
			lineBreak();
		}
	}

	@Override
	public void tail(Node node, int depth) {
		if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
			lineBreak();
		}
	}

	private static boolean insideInvisible(Node node) {
		for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
			if (parent instanceof Element element && INVISIBLE.contains(element.normalName())) {
				return true;
			}
		}
		return false;
	}

	private boolean endsWithWhitespace() {
		char last = text.charAt(text.length() - 1);
		return last == ' ' || last == '\n';
	}

	private void lineBreak() {
		while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
			text.setLength(text.length() - 1);
		}
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}
}
