package org.argmap.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Edit, Window and Help menus with the standard workbench actions. Their named group markers are
 * where the editor and views contribute commands through plugin.xml menu contributions.
 */
final class ArgmapActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;
	private IContributionItem showView;
	private IContributionItem recentMaps;

	ArgmapActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = registered(ActionFactory.SAVE.create(window));
		saveAs = registered(ActionFactory.SAVE_AS.create(window));
		saveAll = registered(ActionFactory.SAVE_ALL.create(window));
		close = registered(ActionFactory.CLOSE.create(window));
		closeAll = registered(ActionFactory.CLOSE_ALL.create(window));
		quit = registered(ActionFactory.QUIT.create(window));
		undo = registered(ActionFactory.UNDO.create(window));
		redo = registered(ActionFactory.REDO.create(window));
		cut = registered(ActionFactory.CUT.create(window));
		copy = registered(ActionFactory.COPY.create(window));
		paste = registered(ActionFactory.PASTE.create(window));
		delete = registered(ActionFactory.DELETE.create(window));
		selectAll = registered(ActionFactory.SELECT_ALL.create(window));
		resetPerspective = registered(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = registered(ActionFactory.PREFERENCES.create(window));
		about = registered(ActionFactory.ABOUT.create(window));
		showView = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
		recentMaps = ContributionItemFactory.REOPEN_EDITORS.create(window);
	}

	private <A extends IWorkbenchAction> A registered(A action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager recentMenu = new MenuManager(Messages.Menu_recentMaps, IWorkbenchActionConstants.MRU);
		recentMenu.add(recentMaps);
		menu.add(new Separator());
		menu.add(recentMenu);
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showViewMenu = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		showViewMenu.add(showView);
		menu.add(showViewMenu);
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(about);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}
}
