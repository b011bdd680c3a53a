package org.argmap.ui.handlers;

import org.argmap.model.MapElements;
import org.argmap.model.Node;

/**
 * Map > Create Analogy (Ctrl+Alt+A): an analogy with its three critical questions; its source and target
 * cases and correspondences are filled in Properties.
 */
public final class CreateAnalogyHandler extends CreateNodeHandler {

	@Override
	Node newNode(String text) {
		return MapElements.newAnalogy(text, null, null);
	}
}
