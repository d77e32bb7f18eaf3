package nl.rapport.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the user's chosen language, not the browser's: a page's view action (the
 * dashboard's worklist, say) formats its texts before {@code f:view locale} would apply at render.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LanguageSwitch.class).get().getLocale();
  }
}
