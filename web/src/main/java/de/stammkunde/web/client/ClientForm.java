package de.stammkunde.web.client;

import de.stammkunde.client.application.ClientView;
import de.stammkunde.client.domain.ClientData;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The editable fields of the client profile form; the domain checks them when saved. */
public class ClientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private LocalDate birthday;
    private String gender = "UNKNOWN";
    private String street;
    private String postalCode;
    private String city;
    private String country = "DE";
    private String notes;
    private List<String> tags = new ArrayList<>();
    private String statusOverride;
    private String preferredLanguage = "de";

    static ClientForm of(ClientView client) {
        ClientForm form = new ClientForm();
        form.firstName = client.firstName();
        form.lastName = client.lastName();
        form.email = client.email();
        form.phone = client.phone();
        form.birthday = client.birthday();
        form.gender = client.gender();
        form.street = client.street();
        form.postalCode = client.postalCode();
        form.city = client.city();
        form.country = client.country();
        form.notes = client.notes();
        form.tags = new ArrayList<>(client.tags());
        form.statusOverride = client.statusOverride();
        form.preferredLanguage = client.preferredLanguage();
        return form;
    }

    ClientData toData(LocalDate today) {
        return ClientData.of(firstName, lastName, email, phone, birthday, gender, street, postalCode, city, country,
                notes, tags, statusOverride, preferredLanguage, today);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags == null ? new ArrayList<>() : tags; }
    public String getStatusOverride() { return statusOverride; }
    public void setStatusOverride(String statusOverride) { this.statusOverride = statusOverride; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
}
