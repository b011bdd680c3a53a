package org.argmap.ui.handlers;

import org.argmap.model.MapElements;
import org.argmap.model.Node;

/** Map > Create Claim (Ctrl+Alt+C). */
public final class CreateClaimHandler extends CreateNodeHandler {

	@Override
	Node newNode(String text) {
		return MapElements.newClaim(text);
	}
}
