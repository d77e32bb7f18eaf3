package nl.rapport.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.UUID;

/** Ids in screens are UUIDs; Faces 4.0 has no converter for them yet (4.1 does). */
@FacesConverter(forClass = UUID.class)
public class UuidConverter implements Converter<UUID> {

  @Override
  public UUID getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new ConverterException("Not an id: " + value, e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UUID value) {
    return value == null ? "" : value.toString();
  }
}
