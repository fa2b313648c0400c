package org.puente.server.register;

import org.puente.server.common.InvalidInput;

/** A document as typed into a page form; dates and choices stay text until {@link #toDraft} reads them. */
public class DocumentForm {

    private String type = "";
    private String number = "";
    private String issuingCountry = "PER";
    private String issuedOn = "";
    private String expiresOn = "";
    private boolean workAuthorised;

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getIssuingCountry() { return issuingCountry; }
    public void setIssuingCountry(String issuingCountry) { this.issuingCountry = issuingCountry; }
    public String getIssuedOn() { return issuedOn; }
    public void setIssuedOn(String issuedOn) { this.issuedOn = issuedOn; }
    public String getExpiresOn() { return expiresOn; }
    public void setExpiresOn(String expiresOn) { this.expiresOn = expiresOn; }
    public boolean isWorkAuthorised() { return workAuthorised; }
    public void setWorkAuthorised(boolean workAuthorised) { this.workAuthorised = workAuthorised; }

    /** The draft the register checks; {@code prefix} names the fields as the register reports them. */
    NewDocument toDraft(String prefix, InvalidInput.Collector problems) {
        return new NewDocument(FormValues.choice(DocumentType.class, type, prefix + "type", problems), number,
                RegisterRules.upper(issuingCountry), FormValues.date(issuedOn, prefix + "issuedOn", problems),
                FormValues.date(expiresOn, prefix + "expiresOn", problems), workAuthorised);
    }
}
