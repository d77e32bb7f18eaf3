package nl.rapport.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * A page whose server-side view is gone (the server restarted, or the request reached a node that
 * never had it) is loaded again with a note, in the reader's language, instead of Payara's error
 * page naming ViewExpiredException. A signed-out visitor never gets here: the authentication
 * mechanism sends them to the sign-in page first.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Optional<ViewExpiredException> expired =
            Causes.find(events.next().getContext().getException(), ViewExpiredException.class);
        if (expired.isPresent()) {
          events.remove();
          reload(expired.get().getViewId());
          return;
        }
      }
      getWrapped().handle();
    }

    private static void reload(String viewId) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              faces.getApplication().getResourceBundle(faces, "msg").getString("page.expired"),
              null));
      external.getFlash().setKeepMessages(true);
      String page = external.getRequestContextPath() + (viewId == null ? "/" : viewId);
      String referer = external.getRequestHeaderMap().get("Referer");
      if (referer != null && referer.contains(page + "?")) {
        page += referer.substring(referer.indexOf(page + "?") + page.length());
      }
      try {
        external.redirect(page);
        faces.responseComplete();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
