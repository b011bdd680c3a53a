package org.argmap.model.persistence;

import java.util.Iterator;
import java.util.StringTokenizer;

import org.argmap.model.Identified;
import org.argmap.model.MapElements;
import org.argmap.model.TextAnchor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.helpers.DefaultHandler;

/**
 * EMF's XMI load with the checks a map from a stranger needs. EMF quietly keeps the last of several ids given
 * to a reference that takes one ({@code target="c-1 c-2"}), and reports a reference to an element of the wrong
 * kind with the element's {@code toString()} and, when the reference came before the element, at no place.
 * Both are errors here, at the reference's line and column, naming the element and the attribute.
 */
final class ArgmapLoad extends XMILoadImpl {

	ArgmapLoad(XMLHelper helper) {
		super(helper);
	}

	@Override
	protected DefaultHandler makeDefaultHandler() {
		return new Handler(this);
	}

	private static final class Handler extends SAXXMIHandler {

		Handler(ArgmapLoad load) {
			super(load.resource, load.helper, load.options);
		}

		@Override
		protected void setValueFromId(EObject object, EReference reference, String ids) {
			StringTokenizer tokens = new StringTokenizer(ids);
			if (!reference.isMany() && tokens.countTokens() > 1) {
				report(NLS.bind(Messages.MapStore_severalIds, new Object[] { name(object), reference.getName(),
						tokens.countTokens(), ids.strip() }), getLineNumber(), getColumnNumber());
				return;
			}
			while (tokens.hasMoreTokens()) {
				String id = tokens.nextToken();
				if (!fitsReference(reference, id, getLineNumber(), getColumnNumber(), object)) {
					return;
				}
			}
			super.setValueFromId(object, reference, ids);
		}

		/** References to elements further down the file are resolved at its end; checked here with their place. */
		@Override
		protected void handleForwardReferences(boolean isEndDocument) {
			if (isEndDocument) {
				for (Iterator<SingleReference> references = forwardSingleReferences.iterator(); references.hasNext();) {
					SingleReference forward = references.next();
					if (forward.getFeature() instanceof EReference reference && forward.getValue() instanceof String id
							&& !fitsReference(reference, id, forward.getLineNumber(), forward.getColumnNumber(),
									forward.getObject())) {
						references.remove();
					}
				}
			}
			super.handleForwardReferences(isEndDocument);
		}

		/** Whether {@code id} names nothing yet or an element {@code reference} can hold; reports it if not. */
		private boolean fitsReference(EReference reference, String id, int line, int column, EObject object) {
			EObject named = xmlResource.getEObject(id);
			if (named == null || reference.getEReferenceType().isInstance(named)) {
				return true;
			}
			report(NLS.bind(Messages.MapStore_wrongKindReferenced, new Object[] { name(object), reference.getName(),
					name(named) }), line, column);
			return false;
		}

		private void report(String message, int line, int column) {
			error(new XMIException(message, getLocation(), line, column));
		}

		/** How a message names an element that is still being read: its kind and id, as far as they are known. */
		private String name(EObject object) {
			if (object instanceof Identified identified) {
				return MapElements.describe(identified);
			}
			if (object instanceof TextAnchor && owner(object) instanceof Identified owner) {
				return NLS.bind(Messages.MapStore_anchorOf, MapElements.describe(owner));
			}
			return object.eClass().getName();
		}

		/** The element that holds {@code object}, also before EMF has added it there. */
		private EObject owner(EObject object) {
			if (object.eContainer() != null) {
				return object.eContainer();
			}
			// attributes are read before the element is pushed, or just after
			int index = objects.lastIndexOf(object);
			if (index < 0) {
				return objects.isEmpty() ? null : objects.peekEObject();
			}
			return index > 0 ? objects.get(index - 1) : null;
		}
	}
}
