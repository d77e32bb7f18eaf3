package nl.rapport.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The screen language, nl or en; remembered per user across sessions. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final long serialVersionUID = 1L;
  static final List<String> SUPPORTED = List.of("en", "nl");

  @Inject private UserDirectory users;

  private String language;

  /** Before sign-in: the browser's preference when supported. */
  public String getLanguage() {
    if (language == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale requested = faces == null ? null : faces.getExternalContext().getRequestLocale();
      return requested != null && SUPPORTED.contains(requested.getLanguage())
          ? requested.getLanguage()
          : "en";
    }
    return language;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public List<String> getSupported() {
    return SUPPORTED;
  }

  void signedIn(String username) {
    users
        .find(username)
        .map(AppUser::getLanguage)
        .filter(SUPPORTED::contains)
        .ifPresent(l -> language = l);
  }

  public String switchTo(String to) {
    if (SUPPORTED.contains(to)) {
      language = to;
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces.getExternalContext().getUserPrincipal() != null) {
        users.preferLanguage(faces.getExternalContext().getUserPrincipal().getName(), to);
      }
      faces.getViewRoot().setLocale(getLocale());
      // a fresh GET of the same page: texts a view computed when it opened (the worklist's
      // reasons, say) are made again in the new language
      return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
    return null;
  }
}
