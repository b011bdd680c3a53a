package org.argmap.codegen;

import java.io.File;
import java.io.IOException;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator on argmap.genmodel outside Eclipse: model code into org.argmap.model/src-gen, item
 * providers into org.argmap.model.edit/src-gen. Argument: the bundles folder.
 */
public final class GenerateModel {

	private static final String MODEL_BUNDLE = "org.argmap.model";
	private static final String EDIT_BUNDLE = "org.argmap.model.edit";

	public static void main(String[] arguments) throws IOException {
		if (arguments.length != 1) {
			System.err.println("usage: GenerateModel BUNDLES-FOLDER");
			System.exit(2);
		}
		File bundles = new File(arguments[0]).getCanonicalFile();
		// The genmodel names its output folders as platform:/resource/<bundle>/...; map those to the checkout.
		for (String bundle : new String[] { MODEL_BUNDLE, EDIT_BUNDLE }) {
			EcorePlugin.getPlatformResourceMap().put(bundle,
					URI.createFileURI(new File(bundles, bundle).getPath() + File.separator));
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));

		URI genModelUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/argmap.genmodel", true);
		GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);

		// Outside OSGi the generator's adapter factory is not registered through plugin.xml.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		int worst = Diagnostic.OK;
		for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
			System.out.println(projectType + ": " + result.getMessage());
			result.getChildren().forEach(child -> System.out.println("  " + child.getMessage()));
			worst = Math.max(worst, result.getSeverity());
		}
		if (worst >= Diagnostic.ERROR) {
			System.exit(1);
		}
	}
}
