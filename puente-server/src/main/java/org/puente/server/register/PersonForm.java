package org.puente.server.register;

import org.puente.server.common.InvalidInput;

/**
 * A person as typed into the registration or correction form. Field names match the paths the
 * register reports problems under, so each message lands beside its field.
 */
public class PersonForm {

    private String givenNames = "";
    private String firstSurname = "";
    private String secondSurname = "";
    private String sex = "";
    private String birthDate = "";
    private String nationality = "";
    private String phone = "";
    private String email = "";
    private String ubigeo = "";
    private String addressLine = "";
    private DocumentForm document = new DocumentForm();
    private String reason = "";
    private long version;

    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
    public String getFirstSurname() { return firstSurname; }
    public void setFirstSurname(String firstSurname) { this.firstSurname = firstSurname; }
    public String getSecondSurname() { return secondSurname; }
    public void setSecondSurname(String secondSurname) { this.secondSurname = secondSurname; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getUbigeo() { return ubigeo; }
    public void setUbigeo(String ubigeo) { this.ubigeo = ubigeo; }
    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
    public DocumentForm getDocument() { return document; }
    public void setDocument(DocumentForm document) { this.document = document; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    static PersonForm of(Person p) {
        PersonForm form = new PersonForm();
        form.givenNames = p.givenNames();
        form.firstSurname = p.firstSurname();
        form.secondSurname = orEmpty(p.secondSurname());
        form.sex = p.sex().name();
        form.birthDate = p.birthDate().toString();
        form.nationality = p.nationality();
        form.phone = orEmpty(p.contact().phone());
        form.email = orEmpty(p.contact().email());
        form.ubigeo = orEmpty(p.contact().ubigeo());
        form.addressLine = orEmpty(p.contact().addressLine());
        form.version = p.version();
        return form;
    }

    NewPerson toDraft(InvalidInput.Collector problems) {
        return new NewPerson(givenNames, firstSurname, secondSurname,
                FormValues.choice(Sex.class, sex, "sex", problems), FormValues.date(birthDate, "birthDate", problems),
                RegisterRules.upper(nationality), new Contact(phone, email, ubigeo, addressLine),
                document.toDraft("document.", problems), null);
    }

    /** Every field as the form holds it; an emptied optional field clears the stored value. */
    PersonChanges toChanges(InvalidInput.Collector problems) {
        return new PersonChanges(givenNames, firstSurname, orEmpty(secondSurname),
                FormValues.choice(Sex.class, sex, "sex", problems), FormValues.date(birthDate, "birthDate", problems),
                RegisterRules.upper(nationality), orEmpty(phone), orEmpty(email), orEmpty(ubigeo), orEmpty(addressLine));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
