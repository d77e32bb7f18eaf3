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
 * Two failures a reader should never see as a server error page. A page whose server-side view is
 * gone (the server restarted, or the request reached a node that never had it) is loaded again with
 * a note, in the reader's language, instead of Payara's error page naming ViewExpiredException. A
 * signed-out visitor never gets here: the authentication mechanism sends them to the sign-in page
 * first. A page opened on a record that does not exist or is not the reader's gets the
 * application's 404 or 403 page.
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
        Throwable thrown = events.next().getContext().getException();
        Optional<ViewExpiredException> expired = Causes.find(thrown, ViewExpiredException.class);
        if (expired.isPresent()) {
          events.remove();
          reload(expired.get().getViewId());
          return;
        }
        Optional<RapportException> refused = Causes.find(thrown, RapportException.class);
        if (refused.isPresent() && notFoundOrForbidden(refused.get())) {
          events.remove();
          return;
        }
      }
      getWrapped().handle();
    }

    /**
     * A page opened on a record that is not there or not the reader's (a view action's 404 or 403)
     * gets the application's 404 or 403 page, not the server's error page with the exception's
     * text. Other refusals, and ajax requests, are left to the default handling.
     */
    private static boolean notFoundOrForbidden(RapportException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if ((e.status() != 404 && e.status() != 403)
          || faces.getPartialViewContext().isAjaxRequest()
          || faces.getExternalContext().isResponseCommitted()) {
        return false;
      }
      try {
        faces.getExternalContext().responseSendError(e.status(), null);
        faces.responseComplete();
        return true;
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
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
