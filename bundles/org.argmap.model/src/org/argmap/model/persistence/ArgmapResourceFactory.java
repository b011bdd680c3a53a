package org.argmap.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Registered for the {@code argmap} file extension in plugin.xml. */
public class ArgmapResourceFactory extends ResourceFactoryImpl {

	public static final String EXTENSION = "argmap"; //$NON-NLS-1$

	@Override
	public Resource createResource(URI uri) {
		return new ArgmapResource(uri);
	}
}
