package org.argmap.ui.handlers;

import org.argmap.model.MapElements;
import org.argmap.model.Node;

/** Map > Create Rebuttal (Ctrl+Alt+R). */
public final class CreateRebuttalHandler extends CreateNodeHandler {

	@Override
	Node newNode(String text) {
		return MapElements.newRebuttal(text);
	}
}
