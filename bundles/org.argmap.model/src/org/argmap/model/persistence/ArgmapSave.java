package org.argmap.model.persistence;

import java.util.List;
import java.util.Map;

import org.argmap.model.Identified;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

/**
 * Writes maps as EMF does, with two differences. Elements with an id (documents, nodes, relations, conflicts)
 * are written in the order of their ids ({@link MapStore#inFileOrder}) rather than of their lists, so that the
 * file does not depend on the order of edits, undos and merges: two clones that merged each other's changes
 * write the same bytes. Ids hold the time they were made, so this is the order in which the elements were
 * made. And U+007F to U+009F and U+2028 are written as character references.
 * XML 1.1 takes most of them only that way, and reads U+0085 and U+2028 written as they are as line ends.
 * EMF's escaping covers U+0001 to U+001F only, so a map whose text held, say, U+007F (pasted from a PDF, or
 * imported) was saved but could not be opened again; the fuzz test found it.
 */
final class ArgmapSave extends XMISaveImpl {

	ArgmapSave(XMLHelper helper) {
		super(helper);
	}

	@Override
	protected void init(XMLResource resource, Map<?, ?> options) {
		super.init(resource, options);
		if (escape != null) {
			escape = new RestrictedCharacters(escape);
		}
	}

	@Override
	protected void saveContainedMany(EObject owner, EStructuralFeature feature) {
		@SuppressWarnings("unchecked")
		List<? extends InternalEObject> values = ((InternalEList<? extends InternalEObject>) helper.getValue(owner,
				feature)).basicList();
		if (values.isEmpty() || !(values.get(0) instanceof Identified)) {
			super.saveContainedMany(owner, feature);
			return;
		}
		for (InternalEObject value : MapStore.inFileOrder(values)) {
			saveElement(value, feature);
		}
	}

	/** EMF's escaping, then the restricted characters EMF leaves as they are. */
	private static final class RestrictedCharacters extends Escape {

		private final Escape emf;

		RestrictedCharacters(Escape emf) {
			this.emf = emf;
		}

		@Override
		public String convert(String input) {
			return restricted(emf.convert(input));
		}

		@Override
		public String convertText(String input) {
			return restricted(emf.convertText(input));
		}

		@Override
		public String convertLines(String input) {
			return restricted(emf.convertLines(input));
		}

		private static String restricted(String text) {
			StringBuilder escaped = null;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c >= 0x7f && c <= 0x9f || c == 0x2028) {
					if (escaped == null) {
						escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
					}
					escaped.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';'); //$NON-NLS-1$
				} else if (escaped != null) {
					escaped.append(c);
				}
			}
			return escaped == null ? text : escaped.toString();
		}
	}
}
