import PPIDStore
import PPIDUI

/// The identity form's fields and the config's identity, one to one.
extension IdentityForm.Field {
    var keyPath: WritableKeyPath<OfficeIdentity, String> {
        switch self {
        case .name: \.name
        case .parentBody: \.parentBody
        case .city: \.city
        case .address: \.address
        case .phone: \.phone
        case .email: \.email
        case .website: \.website
        case .ppidName: \.ppidName
        case .ppidNIP: \.ppidNIP
        case .superiorName: \.superiorName
        case .superiorPosition: \.superiorPosition
        case .superiorNIP: \.superiorNIP
        case .headName: \.headName
        case .commission: \.commission
        }
    }
}

extension OfficeIdentity {
    /// The form's values: each field's.
    var formValues: [IdentityForm.Field: String] {
        Dictionary(uniqueKeysWithValues: IdentityForm.Field.allCases.map { ($0, self[keyPath: $0.keyPath]) })
    }

    /// This identity with the form's values written over it.
    func with(_ values: [IdentityForm.Field: String]) -> OfficeIdentity {
        var i = self
        for (field, value) in values { i[keyPath: field.keyPath] = value }
        return i
    }
}
