package org.argmap.model.edit;

import java.util.HashMap;

import org.argmap.model.provider.ArgmapItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;

/**
 * Every open map gets its own editing domain: its own resource set and command stack, so undo in one map
 * never reaches into another, and every change to the map is a command on that stack.
 */
public final class MapEditingDomains {

	private MapEditingDomains() {
	}

	public static AdapterFactoryEditingDomain create() {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ArgmapItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), new HashMap<>()) {
			@Override
			public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
				Command command = super.createCommand(commandClass, parameter);
				return commandClass == SetCommand.class ? named(command, parameter) : command;
			}
		};
	}

	/**
	 * A set command (as the Properties view makes them) named for what the user changed, "Change Text" rather
	 * than EMF's "Set", so Edit > Undo says what it takes back.
	 */
	private static Command named(Command set, CommandParameter parameter) {
		String feature = MapLabels.featureName(parameter.getEOwner(), parameter.getEStructuralFeature());
		if (feature == null || !set.canExecute()) {
			return set;
		}
		String label = NLS.bind(Messages.MapEdits_change, feature);
		return new CommandWrapper(label, label, set);
	}

	/** Releases the item providers of a domain whose map was closed. */
	public static void dispose(AdapterFactoryEditingDomain domain) {
		if (domain.getAdapterFactory() instanceof ComposedAdapterFactory composed) {
			composed.dispose();
		}
		domain.getResourceSet().getResources().forEach(resource -> resource.unload());
	}
}
