package org.argmap.ui.views;

import java.util.function.Consumer;

import org.argmap.ui.OncePerEdit;
import org.argmap.ui.editor.CommandStackAction;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.actions.ActionFactory;

/**
 * A view that lists part of the active map: it follows the map editor last active on its page, catches up
 * once per edit through the item providers' notifications, and hands Undo and Redo to the map's command stack.
 */
final class MapFollower {

	private final CommandStackAction undo = new CommandStackAction(true);
	private final CommandStackAction redo = new CommandStackAction(false);
	private final Consumer<MapEditor> following;
	private final OncePerEdit catchUp;
	private final INotifyChangedListener modelListener;
	private final FollowedEditor followed;
	private MapEditor editor;

	/**
	 * Starts following: {@code following} is told of each editor followed (null once none is), {@code refresh}
	 * runs once after each edit of its map.
	 */
	MapFollower(IViewSite site, Consumer<MapEditor> following, Runnable refresh) {
		this.following = following;
		catchUp = new OncePerEdit(task -> editor.afterGraphPaint(task), refresh);
		modelListener = notification -> catchUp.request();
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		followed = new FollowedEditor(site.getPage(), this::follow);
	}

	private void follow(MapEditor next) {
		if (editor == next) {
			return;
		}
		if (editor != null) {
			notifier().removeListener(modelListener);
		}
		editor = next;
		if (editor != null) {
			notifier().addListener(modelListener);
		}
		undo.setStack(editor == null ? null : editor.domain().getCommandStack());
		redo.setStack(editor == null ? null : editor.domain().getCommandStack());
		following.accept(editor);
	}

	private IChangeNotifier notifier() {
		return (IChangeNotifier) editor.domain().getAdapterFactory();
	}

	void dispose() {
		followed.dispose();
	}
}
