package nl.rapport.account;

/** How a contact moment happened. The first four are personal contact (seed 003). */
public enum Channel {
  VISIT(true),
  PHONE(true),
  VIDEO_CALL(true),
  EVENT(true),
  EMAIL(false),
  CHAT(false),
  COMMUNITY(false),
  SELF_SERVICE(false),
  SOCIAL_REVIEW(false);

  private final boolean personal;

  Channel(boolean personal) {
    this.personal = personal;
  }

  public boolean isPersonal() {
    return personal;
  }
}
