package nl.rapport.account;

/** Why a row of an import did not land: its number (the header is row 1) and the column. */
public record ImportError(int row, String field, String message) implements java.io.Serializable {}
