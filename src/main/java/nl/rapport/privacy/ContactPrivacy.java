package nl.rapport.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.UUID;
import nl.rapport.account.AccountPage;
import nl.rapport.account.ContactView;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The account page's GDPR actions on a contact: download their data, erase them (confirmed). */
@Named
@ViewScoped
public class ContactPrivacy implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PrivacyService privacy;
  @Inject private AccountPage page;

  private UUID contactId;
  private String name;

  /** The export as a JSON file, named for the contact's id (a file name is no place for a name). */
  public StreamedContent export(ContactView contact) {
    byte[] json = privacy.export(contact.id()).toJson();
    return DefaultStreamedContent.builder()
        .name("personal-data-" + contact.id() + ".json")
        .contentType("application/json")
        .contentLength((long) json.length)
        .stream(() -> new ByteArrayInputStream(json))
        .build();
  }

  /** Opens the confirmation for this contact. */
  public void ask(ContactView contact) {
    contactId = contact.id();
    name = (contact.firstName() + " " + contact.lastName()).strip();
  }

  public void erase() {
    try {
      privacy.erase(contactId);
      page.load();
      Screens.info("privacy.erased", name);
      contactId = null;
      PrimeFaces.current().executeScript("PF('eraseDialog').hide(); refreshTimeline()");
    } catch (RapportException e) {
      Screens.refused(e, "eraseForm:");
    }
  }

  public String getName() {
    return name;
  }
}
