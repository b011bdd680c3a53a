package org.argmap.model.edit;

import java.util.Locale;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.Claim;
import org.argmap.model.Identified;
import org.argmap.model.Node;
import org.argmap.model.provider.ArgmapEditPlugin;
import org.argmap.model.provider.ArgmapItemProviderAdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;

/**
 * How map elements are named, for code without a viewer: exports, validation and command-line messages. The
 * names come from the item providers, so they are the ones the workbench shows.
 */
public final class MapLabels {

	private static final int EXCERPT = 80;

	/** One factory for all callers; its item providers are stateless, so sharing them is safe. */
	private static final ComposedAdapterFactory ADAPTER_FACTORY = new ComposedAdapterFactory(
			new ArgmapItemProviderAdapterFactory());

	private MapLabels() {
	}

	/** What an element is called: a node's label or the start of its text, a relation's "A supports C". */
	public static String text(Object element) {
		if (element instanceof Enumerator literal) {
			return literal(literal);
		}
		IItemLabelProvider labels = (IItemLabelProvider) ADAPTER_FACTORY.adapt(element, IItemLabelProvider.class);
		return labels == null ? String.valueOf(element) : labels.getText(element);
	}

	/**
	 * What the Properties view calls {@code feature} of {@code owner} ("Text", "Tags"), or null when it shows
	 * no such property.
	 */
	public static String featureName(EObject owner, EStructuralFeature feature) {
		if (owner == null || feature == null) {
			return null;
		}
		IItemPropertySource properties = (IItemPropertySource) ADAPTER_FACTORY.adapt(owner, IItemPropertySource.class);
		if (properties == null) {
			return null;
		}
		for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(owner)) {
			if (descriptor.getFeature(owner) == feature) {
				return descriptor.getDisplayName(owner);
			}
		}
		return null;
	}

	/** The word for a node's kind: claim, implicit claim, rebuttal or analogy. */
	public static String kindWord(Node node) {
		String type = typeWord(node);
		return node instanceof Claim claim && claim.isImplicit()
				? NLS.bind(ArgmapEditPlugin.INSTANCE.getString("_UI_Claim_implicit_kind"), type) //$NON-NLS-1$
				: type;
	}

	/** An element for messages: its kind, its name in quotes and its id, e.g. claim “Wall” (c-1a2b). */
	public static String describe(EObject element) {
		String kind = element instanceof Node node ? kindWord(node) : typeWord(element);
		String id = element instanceof Identified identified && identified.getId() != null ? identified.getId() : null;
		return ArgmapEditPlugin.INSTANCE.getString(id == null ? "_UI_describe" : "_UI_describe_id", //$NON-NLS-1$ //$NON-NLS-2$
				new Object[] { kind, text(element), id });
	}

	/** A passage of text on one line, whitespace folded, cut to 80 characters with an ellipsis. */
	public static String excerpt(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String flat = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + '\u2026';
	}

	/** The word for a value of one of the model's enumerations, as the Properties view shows it. */
	private static String literal(Enumerator literal) {
		for (EClassifier classifier : ArgmapPackage.eINSTANCE.getEClassifiers()) {
			if (classifier.getInstanceClass() == literal.getClass()) {
				return ArgmapEditPlugin.INSTANCE
						.getString("_UI_" + classifier.getName() + "_" + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return literal.getLiteral();
	}

	private static String typeWord(EObject element) {
		return ArgmapEditPlugin.INSTANCE.getString("_UI_" + element.eClass().getName() + "_type") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT);
	}
}
